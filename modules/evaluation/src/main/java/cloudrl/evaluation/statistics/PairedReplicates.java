package cloudrl.evaluation.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The work behind {@link StratifiedBootstrap#summary}. A replicate is held as counts, how often each
 * run was drawn, instead of as a resampled array; with every sample sorted once up front, the mean,
 * the interquartile mean, the probability of improvement and the profile of a replicate each take
 * one pass over the runs instead of a sort. Run indices are drawn exactly as
 * {@link StratifiedBootstrap} draws them, task after task, so the replicates are the same.
 */
final class PairedReplicates {

    private final StratifiedScores scores;
    private final StratifiedScores baseline;
    private final double[] thresholds;
    private final int tasks;
    private final int[][] order;
    private final int[][] baselineOrder;
    private final int[] pooledTask;
    private final int[] pooledRun;
    private final double[] pooledValue;

    PairedReplicates(StratifiedScores scores, StratifiedScores baseline, double[] thresholds) {
        this.scores = scores;
        this.baseline = baseline;
        this.thresholds = thresholds;
        this.tasks = scores.taskCount();
        this.order = new int[tasks][];
        this.baselineOrder = new int[tasks][];
        List<int[]> pooled = new ArrayList<>();
        for (int task = 0; task < tasks; task++) {
            order[task] = ascending(scores.view(task));
            baselineOrder[task] = ascending(baseline.view(task));
            for (int run = 0; run < scores.runCount(task); run++) {
                pooled.add(new int[] {task, run});
            }
        }
        pooled.sort(Comparator.comparingDouble(entry -> scores.view(entry[0])[entry[1]]));
        this.pooledTask = new int[pooled.size()];
        this.pooledRun = new int[pooled.size()];
        this.pooledValue = new double[pooled.size()];
        for (int k = 0; k < pooled.size(); k++) {
            pooledTask[k] = pooled.get(k)[0];
            pooledRun[k] = pooled.get(k)[1];
            pooledValue[k] = scores.view(pooledTask[k])[pooledRun[k]];
        }
    }

    private static int[] ascending(double[] values) {
        return IntStream.range(0, values.length).boxed()
                .sorted(Comparator.comparingDouble(run -> values[run]))
                .mapToInt(Integer::intValue).toArray();
    }

    BootstrapSummary summarise(StratifiedBootstrap bootstrap) {
        int replicates = bootstrap.replicates();
        double[][] taskMean = new double[tasks][replicates];
        double[][] taskIqm = new double[tasks][replicates];
        double[][] taskImprovement = new double[tasks][replicates];
        double[] mean = new double[replicates];
        double[] iqm = new double[replicates];
        double[] improvement = new double[replicates];
        double[][] profile = new double[thresholds.length][replicates];
        int[][] counts = new int[tasks][];
        for (int task = 0; task < tasks; task++) {
            counts[task] = new int[scores.runCount(task)];
        }
        double[] fractions = new double[thresholds.length];
        SplittableRandom random = new SplittableRandom(bootstrap.seed());
        for (int r = 0; r < replicates; r++) {
            for (int task = 0; task < tasks; task++) {
                int[] drawn = counts[task];
                Arrays.fill(drawn, 0);
                for (int slot = 0; slot < drawn.length; slot++) {
                    drawn[random.nextInt(drawn.length)]++;
                }
            }
            double meanSum = 0;
            double improvementSum = 0;
            for (int task = 0; task < tasks; task++) {
                double[] x = scores.view(task);
                taskMean[task][r] = weightedMean(x, counts[task]);
                taskIqm[task][r] = weightedIqm(x, order[task], counts[task]);
                taskImprovement[task][r] = weightedImprovement(x, order[task], baseline.view(task),
                        baselineOrder[task], counts[task]);
                meanSum += taskMean[task][r];
                improvementSum += taskImprovement[task][r];
            }
            mean[r] = meanSum / tasks;
            improvement[r] = improvementSum / tasks;
            iqm[r] = pooledIqm(counts);
            pooledProfile(counts, fractions);
            for (int g = 0; g < fractions.length; g++) {
                profile[g][r] = fractions[g];
            }
        }
        List<IntervalEstimate> means = new ArrayList<>();
        List<IntervalEstimate> iqms = new ArrayList<>();
        List<IntervalEstimate> improvements = new ArrayList<>();
        for (int task = 0; task < tasks; task++) {
            double[] x = scores.view(task);
            means.add(bootstrap.estimate(plainMean(x), taskMean[task]));
            iqms.add(bootstrap.estimate(InterquartileMean.of(x), taskIqm[task]));
            improvements.add(bootstrap.estimate(ProbabilityOfImprovement.ofTask(x, baseline.view(task)),
                    taskImprovement[task]));
        }
        double[] observedProfile = PerformanceProfile.of(scores, thresholds);
        List<IntervalEstimate> profileEstimates = new ArrayList<>();
        for (int g = 0; g < thresholds.length; g++) {
            profileEstimates.add(bootstrap.estimate(observedProfile[g], profile[g]));
        }
        return new BootstrapSummary(means, iqms, improvements,
                bootstrap.estimate(AggregateMetric.mean().of(scores), mean),
                bootstrap.estimate(InterquartileMean.of(scores), iqm),
                bootstrap.estimate(ProbabilityOfImprovement.of(scores, baseline), improvement),
                profileEstimates);
    }

    private static double plainMean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double weightedMean(double[] x, int[] counts) {
        double sum = 0;
        for (int run = 0; run < x.length; run++) {
            sum += counts[run] * x[run];
        }
        return sum / x.length;
    }

    // the middle positions [cut, n - cut) of the replicate laid out in ascending order
    private static double weightedIqm(double[] x, int[] order, int[] counts) {
        int n = x.length;
        int cut = n / 4;
        int end = n - cut;
        long position = 0;
        double sum = 0;
        for (int k = 0; k < n && position < end; k++) {
            int run = order[k];
            int drawn = counts[run];
            long from = Math.max(position, cut);
            long to = Math.min(position + drawn, end);
            if (to > from) {
                sum += (to - from) * x[run];
            }
            position += drawn;
        }
        return sum / (end - cut);
    }

    // P(X > Y), ties half, over all pairs of drawn runs: both samples walked once in ascending order
    private static double weightedImprovement(double[] x, int[] xOrder, double[] y, int[] yOrder, int[] counts) {
        int n = x.length;
        double wins = 0;
        long below = 0;
        int j = 0;
        int i = 0;
        while (i < n) {
            double value = x[xOrder[i]];
            long drawn = 0;
            while (i < n && x[xOrder[i]] == value) {
                drawn += counts[xOrder[i]];
                i++;
            }
            if (drawn == 0) {
                continue;
            }
            while (j < n && y[yOrder[j]] < value) {
                below += counts[yOrder[j]];
                j++;
            }
            long equal = 0;
            for (int k = j; k < n && y[yOrder[k]] == value; k++) {
                equal += counts[yOrder[k]];
            }
            wins += drawn * (below + 0.5 * equal);
        }
        return wins / ((double) n * n);
    }

    private double pooledIqm(int[][] counts) {
        int n = pooledValue.length;
        int cut = n / 4;
        int end = n - cut;
        long position = 0;
        double sum = 0;
        for (int k = 0; k < n && position < end; k++) {
            int drawn = counts[pooledTask[k]][pooledRun[k]];
            long from = Math.max(position, cut);
            long to = Math.min(position + drawn, end);
            if (to > from) {
                sum += (to - from) * pooledValue[k];
            }
            position += drawn;
        }
        return sum / (end - cut);
    }

    private void pooledProfile(int[][] counts, double[] fractions) {
        int n = pooledValue.length;
        long atOrBelow = 0;
        int k = 0;
        for (int g = 0; g < thresholds.length; g++) {
            while (k < n && pooledValue[k] <= thresholds[g]) {
                atOrBelow += counts[pooledTask[k]][pooledRun[k]];
                k++;
            }
            fractions[g] = (double) (n - atOrBelow) / n;
        }
    }
}
