package cloudrl.evaluation.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Percentile confidence intervals by the stratified bootstrap: each replicate redraws, within every
 * task separately, as many runs as the task has, with replacement, and recomputes the statistic; the
 * interval runs between the {@code (1 - confidence) / 2} and {@code (1 + confidence) / 2} quantiles of
 * the replicates (linear interpolation between order statistics, as NumPy's default percentile).
 * Tasks are never mixed, so a task with few runs keeps its weight.
 *
 * <p>Every call starts from the same seed, so calls with the same data give the same interval.
 */
public final class StratifiedBootstrap {

    /** Replicates when none are given. */
    public static final int DEFAULT_REPLICATES = 10_000;
    /** Confidence when none is given. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    private final int replicates;
    private final double confidence;
    private final long seed;

    /**
     * @param replicates bootstrap replicates, in [100, 10_000_000]
     * @param confidence the interval's confidence level, in (0, 1)
     * @param seed       seed of the resampling
     */
    public StratifiedBootstrap(int replicates, double confidence, long seed) {
        if (replicates < 100 || replicates > 10_000_000) {
            throw new IllegalArgumentException("replicates " + replicates
                    + " is not allowed: must be in [100, 10000000]");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " is not allowed: must be in (0, 1)");
        }
        this.replicates = replicates;
        this.confidence = confidence;
        this.seed = seed;
    }

    /** {@link #DEFAULT_REPLICATES} replicates for a 95 % interval. */
    public static StratifiedBootstrap withSeed(long seed) {
        return new StratifiedBootstrap(DEFAULT_REPLICATES, DEFAULT_CONFIDENCE, seed);
    }

    public int replicates() {
        return replicates;
    }

    public double confidence() {
        return confidence;
    }

    public long seed() {
        return seed;
    }

    /** The metric of {@code scores} with its interval. */
    public IntervalEstimate interval(StratifiedScores scores, AggregateMetric metric) {
        Objects.requireNonNull(metric, "metric");
        return intervals(scores, resampled -> new double[] {metric.of(resampled)}).get(0);
    }

    /**
     * The comparison of {@code x} against {@code y} with its interval; each replicate redraws both
     * independently, task by task (the two algorithms' runs are separate samples).
     *
     * @throws IllegalArgumentException when {@code x} and {@code y} have different numbers of tasks
     */
    public IntervalEstimate interval(StratifiedScores x, StratifiedScores y, ComparisonMetric metric) {
        Objects.requireNonNull(metric, "metric");
        if (x.taskCount() != y.taskCount()) {
            throw new IllegalArgumentException("compared scores must cover the same tasks, got " + x.taskCount()
                    + " and " + y.taskCount());
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] replicateValues = new double[replicates];
        for (int i = 0; i < replicates; i++) {
            replicateValues[i] = metric.of(resample(x, random), resample(y, random));
        }
        return estimate(metric.of(x, y), replicateValues);
    }

    /**
     * A vector statistic of {@code scores} (a performance profile, say) with an interval for each
     * coordinate, all from the same replicates.
     *
     * @throws IllegalArgumentException when the statistic's length changes between replicates
     */
    public List<IntervalEstimate> intervals(StratifiedScores scores, Function<StratifiedScores, double[]> statistic) {
        Objects.requireNonNull(statistic, "statistic");
        double[] observed = statistic.apply(scores);
        double[][] byCoordinate = new double[observed.length][replicates];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < replicates; i++) {
            double[] value = statistic.apply(resample(scores, random));
            if (value.length != observed.length) {
                throw new IllegalArgumentException("the statistic gave " + value.length + " values on a replicate but "
                        + observed.length + " on the data");
            }
            for (int k = 0; k < value.length; k++) {
                byCoordinate[k][i] = value[k];
            }
        }
        List<IntervalEstimate> estimates = new ArrayList<>(observed.length);
        for (int k = 0; k < observed.length; k++) {
            estimates.add(estimate(observed[k], byCoordinate[k]));
        }
        return List.copyOf(estimates);
    }

    /**
     * The summary of {@code scores} against {@code baseline}: per task and over all tasks, the mean, the
     * interquartile mean and the probability of improvement, and a performance profile, each with its
     * interval, all from the same replicates.
     *
     * <p>The runs are <em>paired</em>: run {@code i} of a task in {@code scores} and in {@code baseline}
     * faced the same conditions (the same episode seed, say). So each replicate draws run indices once
     * per task and uses them for both, where {@link #interval(StratifiedScores, StratifiedScores,
     * ComparisonMetric)} resamples two independent samples independently. Indices are drawn as
     * {@link #interval(StratifiedScores, AggregateMetric)} draws them, so {@link BootstrapSummary#mean()}
     * and {@link BootstrapSummary#iqm()} are the intervals that method gives, and every summary with the
     * same run counts uses the same replicates: summaries of several algorithms are paired with one
     * another as well.
     *
     * @param thresholds the performance profile's thresholds, ascending; may be empty
     * @throws IllegalArgumentException when the two do not have the same number of runs in every task,
     *                                  or the thresholds are not ascending
     */
    public BootstrapSummary summary(StratifiedScores scores, StratifiedScores baseline, double[] thresholds) {
        Objects.requireNonNull(baseline, "baseline");
        return summarise(scores, baseline, thresholds);
    }

    /**
     * The summary of {@code scores} alone: as {@link #summary(StratifiedScores, StratifiedScores, double[])}
     * with no probability of improvement, on the same replicates.
     *
     * @throws IllegalArgumentException when the thresholds are not ascending
     */
    public BootstrapSummary summary(StratifiedScores scores, double[] thresholds) {
        return summarise(scores, null, thresholds);
    }

    private BootstrapSummary summarise(StratifiedScores scores, StratifiedScores baseline, double[] thresholds) {
        Objects.requireNonNull(scores, "scores");
        if (baseline != null) {
            requirePaired(scores, baseline);
        }
        double[] sorted = thresholds.clone();
        for (int g = 1; g < sorted.length; g++) {
            if (!(sorted[g - 1] <= sorted[g])) {
                throw new IllegalArgumentException("profile thresholds must be ascending, got " + sorted[g - 1]
                        + " before " + sorted[g]);
            }
        }
        return new PairedReplicates(scores, baseline, sorted).summarise(this);
    }

    private static void requirePaired(StratifiedScores scores, StratifiedScores baseline) {
        if (scores.taskCount() != baseline.taskCount()) {
            throw new IllegalArgumentException("paired scores must cover the same tasks, got " + scores.taskCount()
                    + " and " + baseline.taskCount());
        }
        for (int task = 0; task < scores.taskCount(); task++) {
            if (scores.runCount(task) != baseline.runCount(task)) {
                throw new IllegalArgumentException("paired scores need as many runs in every task, got "
                        + scores.runCount(task) + " and " + baseline.runCount(task) + " in task " + task);
            }
        }
    }

    /** The observed value with the percentile interval of {@code replicateValues}, which it sorts. */
    IntervalEstimate estimate(double observed, double[] replicateValues) {
        Arrays.sort(replicateValues);
        double tail = (1 - confidence) / 2;
        return new IntervalEstimate(observed, percentile(replicateValues, tail), percentile(replicateValues, 1 - tail));
    }

    private static StratifiedScores resample(StratifiedScores scores, SplittableRandom random) {
        double[][] drawn = new double[scores.taskCount()][];
        for (int task = 0; task < drawn.length; task++) {
            double[] runs = scores.view(task);
            double[] sample = new double[runs.length];
            for (int i = 0; i < sample.length; i++) {
                sample[i] = runs[random.nextInt(runs.length)];
            }
            drawn[task] = sample;
        }
        return StratifiedScores.trusted(drawn);
    }

    /** The {@code fraction} quantile of ascending {@code sorted}, interpolating linearly between neighbours. */
    static double percentile(double[] sorted, double fraction) {
        double position = fraction * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double weight = position - below;
        return sorted[below] + weight * (sorted[above] - sorted[below]);
    }
}
