package cloudrl.evaluation.statistics;

import java.util.List;

/**
 * Performance profiles (score distributions): for each threshold {@code τ}, the fraction of all runs of
 * all tasks, pooled, that score strictly above {@code τ}, as rliable's run-score distribution.
 */
public final class PerformanceProfile {

    private PerformanceProfile() {
    }

    /** The fraction of runs scoring above {@code threshold}. */
    public static double fractionAbove(StratifiedScores scores, double threshold) {
        int above = 0;
        int total = 0;
        for (int task = 0; task < scores.taskCount(); task++) {
            for (double score : scores.view(task)) {
                if (score > threshold) {
                    above++;
                }
                total++;
            }
        }
        return (double) above / total;
    }

    /** {@link #fractionAbove} at every threshold, in the order given. */
    public static double[] of(StratifiedScores scores, double[] thresholds) {
        double[] profile = new double[thresholds.length];
        for (int i = 0; i < thresholds.length; i++) {
            profile[i] = fractionAbove(scores, thresholds[i]);
        }
        return profile;
    }

    /** The profile with a stratified-bootstrap interval at every threshold. */
    public static List<IntervalEstimate> withIntervals(StratifiedScores scores, double[] thresholds,
                                                       StratifiedBootstrap bootstrap) {
        double[] fixed = thresholds.clone();
        return bootstrap.intervals(scores, resampled -> of(resampled, fixed));
    }
}
