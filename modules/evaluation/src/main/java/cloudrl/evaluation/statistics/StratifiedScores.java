package cloudrl.evaluation.statistics;

import java.util.Arrays;

/**
 * Scores of runs (episodes, seeds) grouped by task: the strata the bootstrap resamples within.
 * Tasks may have different numbers of runs; every task has at least one, and every score is finite.
 */
public final class StratifiedScores {

    private final double[][] runs;

    private StratifiedScores(double[][] runs) {
        this.runs = runs;
    }

    /**
     * The scores {@code runsPerTask[task][run]}, copied.
     *
     * @throws IllegalArgumentException when there is no task, a task has no run, or a score is not finite
     */
    public static StratifiedScores of(double[]... runsPerTask) {
        if (runsPerTask.length == 0) {
            throw new IllegalArgumentException("scores need at least one task, got none");
        }
        double[][] copy = new double[runsPerTask.length][];
        for (int task = 0; task < runsPerTask.length; task++) {
            if (runsPerTask[task].length == 0) {
                throw new IllegalArgumentException("task " + task + " has no runs: every task needs at least one");
            }
            for (int run = 0; run < runsPerTask[task].length; run++) {
                if (!Double.isFinite(runsPerTask[task][run])) {
                    throw new IllegalArgumentException("score " + runsPerTask[task][run] + " of task " + task
                            + ", run " + run + " is not a finite number");
                }
            }
            copy[task] = runsPerTask[task].clone();
        }
        return new StratifiedScores(copy);
    }

    /** Scores the bootstrap has already checked and owns; not copied. */
    static StratifiedScores trusted(double[][] runsPerTask) {
        return new StratifiedScores(runsPerTask);
    }

    public int taskCount() {
        return runs.length;
    }

    public int runCount(int task) {
        return runs[task].length;
    }

    /** The scores of {@code task}, a copy. */
    public double[] scores(int task) {
        return runs[task].clone();
    }

    /** Every score of every task, task after task: a fresh array. */
    public double[] pooled() {
        int total = 0;
        for (double[] task : runs) {
            total += task.length;
        }
        double[] all = new double[total];
        int at = 0;
        for (double[] task : runs) {
            System.arraycopy(task, 0, all, at, task.length);
            at += task.length;
        }
        return all;
    }

    /** The scores without copying, for the statistics of this package. */
    double[] view(int task) {
        return runs[task];
    }

    @Override
    public String toString() {
        return "StratifiedScores" + Arrays.deepToString(runs);
    }
}
