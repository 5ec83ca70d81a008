package cloudrl.evaluation.statistics;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The paired summary against the plain definitions: the counting shortcuts must give the intervals
 * that resampling arrays and recomputing each statistic from scratch gives, on the same replicates.
 */
class BootstrapSummaryTest {

    private static final int REPLICATES = 500;
    private static final double TOLERANCE = 1e-9;

    /** Three tasks of different sizes; rounding to halves makes plenty of ties within and across samples. */
    private static StratifiedScores sample(long seed, double shift) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] sizes = {40, 13, 27};
        double[][] runs = new double[sizes.length][];
        for (int task = 0; task < sizes.length; task++) {
            runs[task] = new double[sizes[task]];
            for (int run = 0; run < sizes[task]; run++) {
                runs[task][run] = Math.rint(2 * (10 * task + shift + 3 * random.nextGaussian())) / 2;
            }
        }
        return StratifiedScores.of(runs);
    }

    private static void assertSameInterval(IntervalEstimate expected, IntervalEstimate actual, String what) {
        assertEquals(expected.estimate(), actual.estimate(), TOLERANCE, what + " estimate");
        assertEquals(expected.low(), actual.low(), TOLERANCE, what + " low");
        assertEquals(expected.high(), actual.high(), TOLERANCE, what + " high");
    }

    /** The paired bootstrap written out plainly: one set of indices per task, applied to both samples. */
    private static List<double[]> pairedReplicates(StratifiedScores x, StratifiedScores y, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<double[]> values = new ArrayList<>();
        for (int r = 0; r < REPLICATES; r++) {
            double[][] drawnX = new double[x.taskCount()][];
            double[][] drawnY = new double[x.taskCount()][];
            for (int task = 0; task < x.taskCount(); task++) {
                int n = x.runCount(task);
                drawnX[task] = new double[n];
                drawnY[task] = new double[n];
                for (int slot = 0; slot < n; slot++) {
                    int run = random.nextInt(n);
                    drawnX[task][slot] = x.scores(task)[run];
                    drawnY[task][slot] = y.scores(task)[run];
                }
            }
            StratifiedScores rx = StratifiedScores.of(drawnX);
            StratifiedScores ry = StratifiedScores.of(drawnY);
            double[] perTask = new double[x.taskCount() + 1];
            for (int task = 0; task < x.taskCount(); task++) {
                perTask[task] = ProbabilityOfImprovement.ofTask(rx.scores(task), ry.scores(task));
            }
            perTask[x.taskCount()] = ProbabilityOfImprovement.of(rx, ry);
            values.add(perTask);
        }
        return values;
    }

    private static IntervalEstimate percentileInterval(double observed, double[] replicates) {
        double[] sorted = replicates.clone();
        Arrays.sort(sorted);
        return new IntervalEstimate(observed, StratifiedBootstrap.percentile(sorted, 0.025),
                StratifiedBootstrap.percentile(sorted, 0.975));
    }

    @Test
    void aggregateMeanAndIqmAreTheIntervalsOfTheGeneralBootstrap() {
        StratifiedScores scores = sample(1, 0);
        StratifiedBootstrap bootstrap = new StratifiedBootstrap(REPLICATES, 0.95, 77);
        BootstrapSummary summary = bootstrap.summary(scores, sample(2, 1), new double[0]);
        assertSameInterval(bootstrap.interval(scores, AggregateMetric.mean()), summary.mean(), "mean");
        assertSameInterval(bootstrap.interval(scores, AggregateMetric.interquartileMean()), summary.iqm(), "iqm");
    }

    @Test
    void aSingleTasksIntervalsAreTheGeneralBootstrapsToo() {
        double[] runs = sample(3, 0).scores(0);
        StratifiedScores scores = StratifiedScores.of(runs);
        StratifiedBootstrap bootstrap = new StratifiedBootstrap(REPLICATES, 0.95, 5);
        BootstrapSummary summary = bootstrap.summary(scores, scores, new double[0]);
        assertSameInterval(bootstrap.interval(scores, AggregateMetric.mean()), summary.taskMeans().get(0), "mean");
        assertSameInterval(bootstrap.interval(scores, AggregateMetric.interquartileMean()), summary.taskIqms().get(0),
                "iqm");
    }

    @Test
    void theProbabilityOfImprovementResamplesPairsTogether() {
        StratifiedScores x = sample(4, 1);
        StratifiedScores y = sample(5, 0);
        long seed = 99;
        BootstrapSummary summary = new StratifiedBootstrap(REPLICATES, 0.95, seed).summary(x, y, new double[0]);
        List<double[]> plain = pairedReplicates(x, y, seed);
        for (int task = 0; task <= x.taskCount(); task++) {
            int column = task;
            double[] replicates = plain.stream().mapToDouble(values -> values[column]).toArray();
            double observed = task < x.taskCount() ? ProbabilityOfImprovement.ofTask(x.scores(task), y.scores(task))
                    : ProbabilityOfImprovement.of(x, y);
            IntervalEstimate actual = task < x.taskCount() ? summary.taskImprovements().get(task)
                    : summary.improvement().orElseThrow();
            assertSameInterval(percentileInterval(observed, replicates), actual, "improvement " + task);
        }
    }

    @Test
    void anAlgorithmAgainstItselfImprovesWithProbabilityExactlyOneHalfInEveryReplicate() {
        StratifiedScores scores = sample(6, 0);
        BootstrapSummary summary = new StratifiedBootstrap(REPLICATES, 0.95, 1).summary(scores, scores, new double[0]);
        assertEquals(new IntervalEstimate(0.5, 0.5, 0.5), summary.improvement().orElseThrow());
        for (IntervalEstimate task : summary.taskImprovements()) {
            assertEquals(new IntervalEstimate(0.5, 0.5, 0.5), task);
        }
    }

    @Test
    void theProfileIsTheGeneralBootstrapsProfile() {
        StratifiedScores scores = sample(7, 0);
        double[] thresholds = {-5, 0, 0.5, 3, 10, 12.5, 20, 40};
        StratifiedBootstrap bootstrap = new StratifiedBootstrap(REPLICATES, 0.95, 3);
        List<IntervalEstimate> expected = PerformanceProfile.withIntervals(scores, thresholds, bootstrap);
        List<IntervalEstimate> actual = bootstrap.summary(scores, scores, thresholds).profile();
        assertEquals(expected, actual);
    }

    @Test
    void withoutABaselineTheSameReplicatesGiveTheSameIntervalsAndNoImprovement() {
        StratifiedScores scores = sample(8, 0);
        StratifiedBootstrap bootstrap = new StratifiedBootstrap(REPLICATES, 0.95, 4);
        double[] thresholds = {0, 10, 20};
        BootstrapSummary paired = bootstrap.summary(scores, sample(9, 1), thresholds);
        BootstrapSummary alone = bootstrap.summary(scores, thresholds);
        assertEquals(paired.taskMeans(), alone.taskMeans());
        assertEquals(paired.taskIqms(), alone.taskIqms());
        assertEquals(paired.mean(), alone.mean());
        assertEquals(paired.iqm(), alone.iqm());
        assertEquals(paired.profile(), alone.profile());
        assertTrue(alone.improvement().isEmpty() && alone.taskImprovements().isEmpty());
    }

    @Test
    void unpairedSamplesAndUnsortedThresholdsAreRejected() {
        StratifiedBootstrap bootstrap = new StratifiedBootstrap(REPLICATES, 0.95, 3);
        StratifiedScores scores = StratifiedScores.of(new double[] {1, 2, 3});
        IllegalArgumentException unpaired = assertThrows(IllegalArgumentException.class,
                () -> bootstrap.summary(scores, StratifiedScores.of(new double[] {1, 2}), new double[0]));
        assertTrue(unpaired.getMessage().startsWith("paired scores need as many runs in every task"),
                unpaired.getMessage());
        assertThrows(IllegalArgumentException.class, () -> bootstrap.summary(scores, scores, new double[] {2, 1}));
    }
}
