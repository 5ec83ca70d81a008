package cloudrl.workload;

import cloudrl.api.WorkloadModel;

import java.util.SplittableRandom;

/**
 * A long series of a workload's rates and the batch-means estimate of its mean's standard error,
 * which stays honest for autocorrelated series as long as a batch is much longer than the
 * correlation time.
 */
record SeriesStatistics(double mean, double standardError, int[] rates) {

    static int[] series(WorkloadModel model, long seed, int steps) {
        SplittableRandom random = new SplittableRandom(seed);
        model.reset(random);
        int[] rates = new int[steps];
        for (int step = 0; step < steps; step++) {
            rates[step] = model.requestRate(step, random);
        }
        return rates;
    }

    static SeriesStatistics of(WorkloadModel model, long seed, int steps, int batches) {
        int[] rates = series(model, seed, steps);
        int size = steps / batches;
        double[] batchMeans = new double[batches];
        double total = 0;
        for (int b = 0; b < batches; b++) {
            double sum = 0;
            for (int i = b * size; i < (b + 1) * size; i++) {
                sum += rates[i];
            }
            batchMeans[b] = sum / size;
            total += sum;
        }
        double mean = total / ((double) size * batches);
        double squares = 0;
        for (double batchMean : batchMeans) {
            squares += (batchMean - mean) * (batchMean - mean);
        }
        double standardError = Math.sqrt(squares / (batches - 1) / batches);
        return new SeriesStatistics(mean, standardError, rates);
    }

    /**
     * Whether the sample mean is within six standard errors of {@code expected}, plus
     * {@code allowance} for what turning levels into whole requests may shift the mean by.
     */
    boolean meanMatches(double expected, double allowance) {
        return Math.abs(mean - expected) <= 6 * standardError + allowance;
    }

    String describe(double expected) {
        return "sample mean " + mean + " (standard error " + standardError + ") vs formula " + expected;
    }
}
