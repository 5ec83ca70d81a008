package cloudrl.evaluation.statistics;

import java.util.Arrays;

/**
 * The probability that a run of algorithm X scores higher than a run of algorithm Y on the same task,
 * averaged over tasks: per task the Mann–Whitney count of pairs {@code (x, y)} with {@code x > y},
 * ties counting one half, divided by the number of pairs. 0.5 means neither is better.
 */
public final class ProbabilityOfImprovement {

    private ProbabilityOfImprovement() {
    }

    /**
     * {@code P(X > Y)} on one task, ties counting half.
     *
     * @throws IllegalArgumentException when either sample is empty
     */
    public static double ofTask(double[] x, double[] y) {
        if (x.length == 0 || y.length == 0) {
            throw new IllegalArgumentException("both samples need at least one score, got " + x.length + " and "
                    + y.length);
        }
        double[] sortedY = y.clone();
        Arrays.sort(sortedY);
        double wins = 0;
        for (double score : x) {
            int below = SortedSearch.firstAtOrAbove(sortedY, score);
            int notAbove = SortedSearch.firstAbove(sortedY, score);
            wins += below + 0.5 * (notAbove - below);
        }
        return wins / ((double) x.length * y.length);
    }

    /**
     * The mean over tasks of {@link #ofTask}.
     *
     * @throws IllegalArgumentException when {@code x} and {@code y} have different numbers of tasks
     */
    public static double of(StratifiedScores x, StratifiedScores y) {
        if (x.taskCount() != y.taskCount()) {
            throw new IllegalArgumentException("compared scores must cover the same tasks, got " + x.taskCount()
                    + " and " + y.taskCount());
        }
        double sum = 0;
        for (int task = 0; task < x.taskCount(); task++) {
            sum += ofTask(x.view(task), y.view(task));
        }
        return sum / x.taskCount();
    }
}
