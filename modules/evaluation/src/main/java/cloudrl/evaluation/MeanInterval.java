package cloudrl.evaluation;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A sample mean with its two-sided 95 % confidence interval (Student's t).
 *
 * @param mean the sample mean
 * @param low  lower end of the interval, NaN when there is none (a single value)
 * @param high upper end of the interval, NaN when there is none (a single value)
 */
public record MeanInterval(double mean, double low, double high) {

    /**
     * The mean of {@code values} and its 95 % interval {@code mean ± t(0.975, n-1) · s / √n}.
     * A single value has no interval: its spread cannot be estimated, so both ends are NaN.
     *
     * @throws IllegalArgumentException when {@code values} is empty
     */
    public static MeanInterval of(double[] values) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("a mean needs at least one value, got none");
        }
        double mean = 0;
        double squaredDeviations = 0;
        for (int i = 0; i < n; i++) {
            double delta = values[i] - mean;
            mean += delta / (i + 1);
            squaredDeviations += delta * (values[i] - mean);
        }
        if (n == 1) {
            return new MeanInterval(mean, Double.NaN, Double.NaN);
        }
        double standardError = Math.sqrt(squaredDeviations / (n - 1) / n);
        double halfWidth = tQuantile975(n - 1) * standardError;
        return new MeanInterval(mean, mean - halfWidth, mean + halfWidth);
    }

    /** {@code t(0.975, df)}, the factor of a two-sided 95 % interval, from Commons Statistics. */
    static double tQuantile975(int degreesOfFreedom) {
        return TDistribution.of(degreesOfFreedom).inverseCumulativeProbability(0.975);
    }

    /** Whether there is an interval, that is, more than one value went into the mean. */
    public boolean hasInterval() {
        return !Double.isNaN(low);
    }
}
