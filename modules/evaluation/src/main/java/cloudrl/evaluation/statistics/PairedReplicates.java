package cloudrl.evaluation.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The work behind {@link StratifiedBootstrap#summary}. A replicate is held as counts, how often each
 * run was drawn, instead of as a resampled array. Every sample is sorted once up front, and where each
 * score falls among the baseline's and among the thresholds is worked out then too; after that a
 * replicate's statistics take a few straight passes over its counts, with no sorting and no searching.
 * Run indices are drawn exactly as {@link StratifiedBootstrap} draws them, task after task, so the
 * replicates are the same.
 */
final class PairedReplicates {

    private final StratifiedScores scores;
    /** The baseline, or {@code null} when no probability of improvement is wanted. */
    private final StratifiedScores baseline;
    private final double[] thresholds;
    private final int tasks;
    /** Where each task's runs start in the flat counts. */
    private final int[] offset;
    /** Per task: run indices in ascending order of score, and the sorted scores. */
    private final int[][] order;
    private final double[][] sorted;
    /** Per task: run indices in ascending order of the baseline's score. */
    private final int[][] baselineOrder;
    /** Per task and sorted position: how many baseline scores lie below, and at or below, that score. */
    private final int[][] baselineBelow;
    private final int[][] baselineAtOrBelow;
    /** All runs of all tasks in ascending order, as flat indices, and their scores. */
    private final int[] pooledOrder;
    private final double[] pooledSorted;
    /** Per threshold: how many pooled scores lie at or below it. */
    private final int[] pooledAtOrBelow;

    PairedReplicates(StratifiedScores scores, StratifiedScores baseline, double[] thresholds) {
        this.scores = scores;
        this.baseline = baseline;
        this.thresholds = thresholds;
        this.tasks = scores.taskCount();
        this.offset = new int[tasks + 1];
        this.order = new int[tasks][];
        this.sorted = new double[tasks][];
        this.baselineOrder = new int[tasks][];
        this.baselineBelow = new int[tasks][];
        this.baselineAtOrBelow = new int[tasks][];
        for (int task = 0; task < tasks; task++) {
            double[] x = scores.view(task);
            offset[task + 1] = offset[task] + x.length;
            order[task] = ascending(x);
            sorted[task] = gather(x, order[task]);
            if (baseline != null) {
                double[] y = baseline.view(task);
                baselineOrder[task] = ascending(y);
                double[] sortedY = gather(y, baselineOrder[task]);
                baselineBelow[task] = new int[x.length];
                baselineAtOrBelow[task] = new int[x.length];
                for (int k = 0; k < x.length; k++) {
                    baselineBelow[task][k] = SortedSearch.firstAtOrAbove(sortedY, sorted[task][k]);
                    baselineAtOrBelow[task][k] = SortedSearch.firstAbove(sortedY, sorted[task][k]);
                }
            }
        }
        double[] pooled = scores.pooled();
        this.pooledOrder = ascending(pooled);
        this.pooledSorted = gather(pooled, pooledOrder);
        this.pooledAtOrBelow = new int[thresholds.length];
        for (int g = 0; g < thresholds.length; g++) {
            pooledAtOrBelow[g] = SortedSearch.firstAbove(pooledSorted, thresholds[g]);
        }
    }

    BootstrapSummary summarise(StratifiedBootstrap bootstrap) {
        int replicates = bootstrap.replicates();
        Replicates values = new Replicates(tasks, thresholds.length, replicates);
        int total = offset[tasks];
        int[] counts = new int[total];
        int[] inOrder = new int[total];
        long[] prefix = new long[total + 1];
        SplittableRandom random = new SplittableRandom(bootstrap.seed());
        for (int r = 0; r < replicates; r++) {
            draw(random, counts);
            replicate(r, counts, inOrder, prefix, values);
        }

        List<IntervalEstimate> means = new ArrayList<>();
        List<IntervalEstimate> iqms = new ArrayList<>();
        List<IntervalEstimate> improvements = new ArrayList<>();
        for (int task = 0; task < tasks; task++) {
            double[] x = scores.view(task);
            means.add(bootstrap.estimate(plainMean(x), values.taskMean[task]));
            iqms.add(bootstrap.estimate(InterquartileMean.of(x), values.taskIqm[task]));
            if (baseline != null) {
                improvements.add(bootstrap.estimate(ProbabilityOfImprovement.ofTask(x, baseline.view(task)),
                        values.taskImprovement[task]));
            }
        }
        double[] observedProfile = PerformanceProfile.of(scores, thresholds);
        List<IntervalEstimate> profile = new ArrayList<>();
        for (int g = 0; g < thresholds.length; g++) {
            profile.add(bootstrap.estimate(observedProfile[g], values.profile[g]));
        }
        Optional<IntervalEstimate> improvement = baseline == null ? Optional.empty()
                : Optional.of(bootstrap.estimate(ProbabilityOfImprovement.of(scores, baseline), values.improvement));
        return new BootstrapSummary(means, iqms, improvements, bootstrap.estimate(AggregateMetric.mean().of(scores),
                values.mean), bootstrap.estimate(InterquartileMean.of(scores), values.iqm), improvement, profile);
    }

    /** Every statistic's value in every replicate. */
    private static final class Replicates {
        final double[][] taskMean;
        final double[][] taskIqm;
        final double[][] taskImprovement;
        final double[] mean;
        final double[] iqm;
        final double[] improvement;
        final double[][] profile;

        Replicates(int tasks, int thresholds, int replicates) {
            taskMean = new double[tasks][replicates];
            taskIqm = new double[tasks][replicates];
            taskImprovement = new double[tasks][replicates];
            mean = new double[replicates];
            iqm = new double[replicates];
            improvement = new double[replicates];
            profile = new double[thresholds][replicates];
        }
    }

    // as many draws per task as it has runs, with replacement, task after task
    private void draw(SplittableRandom random, int[] counts) {
        Arrays.fill(counts, 0);
        for (int task = 0; task < tasks; task++) {
            int start = offset[task];
            int n = offset[task + 1] - start;
            for (int slot = 0; slot < n; slot++) {
                counts[start + random.nextInt(n)]++;
            }
        }
    }

    private void replicate(int r, int[] counts, int[] inOrder, long[] prefix, Replicates values) {
        double meanSum = 0;
        double improvementSum = 0;
        for (int task = 0; task < tasks; task++) {
            int start = offset[task];
            int n = offset[task + 1] - start;
            double[] x = sorted[task];
            int[] ranked = order[task];
            // one pass: the counts in ascending order of score, the sum, and the sum over the middle half
            int cut = n / 4;
            int end = n - cut;
            long position = 0;
            double sum = 0;
            double middle = 0;
            for (int k = 0; k < n; k++) {
                int drawn = counts[start + ranked[k]];
                inOrder[k] = drawn;
                double value = x[k];
                sum += drawn * value;
                long from = Math.max(position, cut);
                position += drawn;
                long to = Math.min(position, end);
                if (to > from) {
                    middle += (to - from) * value;
                }
            }
            double taskMean = sum / n;
            values.taskMean[task][r] = taskMean;
            values.taskIqm[task][r] = middle / (end - cut);
            meanSum += taskMean;
            if (baseline != null) {
                double taskImprovement = improvement(counts, start, task, inOrder, prefix, n);
                values.taskImprovement[task][r] = taskImprovement;
                improvementSum += taskImprovement;
            }
        }
        values.mean[r] = meanSum / tasks;
        values.improvement[r] = improvementSum / tasks;
        int total = offset[tasks];
        int cut = total / 4;
        int end = total - cut;
        long position = 0;
        double middle = 0;
        prefix[0] = 0;
        for (int k = 0; k < total; k++) {
            int drawn = counts[pooledOrder[k]];
            long from = Math.max(position, cut);
            position += drawn;
            prefix[k + 1] = position;
            long to = Math.min(position, end);
            if (to > from) {
                middle += (to - from) * pooledSorted[k];
            }
        }
        values.iqm[r] = middle / (end - cut);
        for (int g = 0; g < thresholds.length; g++) {
            values.profile[g][r] = (double) (total - prefix[pooledAtOrBelow[g]]) / total;
        }
    }

    // P(X > Y), ties half, over all pairs of drawn runs; drawn holds X's counts in ascending order
    private double improvement(int[] counts, int start, int task, int[] drawn, long[] prefix, int n) {
        // prefix[k]: baseline draws among its k lowest runs
        int[] yOrder = baselineOrder[task];
        prefix[0] = 0;
        for (int k = 0; k < n; k++) {
            prefix[k + 1] = prefix[k] + counts[start + yOrder[k]];
        }
        int[] below = baselineBelow[task];
        int[] atOrBelow = baselineAtOrBelow[task];
        // wins are whole numbers of half pairs, so an integer sum is exact
        long twiceWins = 0;
        for (int k = 0; k < n; k++) {
            twiceWins += drawn[k] * (prefix[below[k]] + prefix[atOrBelow[k]]);
        }
        return twiceWins / (2.0 * n * n);
    }

    private static double plainMean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static int[] ascending(double[] values) {
        return IntStream.range(0, values.length).boxed()
                .sorted(Comparator.comparingDouble(run -> values[run]))
                .mapToInt(Integer::intValue).toArray();
    }

    private static double[] gather(double[] values, int[] order) {
        double[] result = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            result[k] = values[order[k]];
        }
        return result;
    }
}
