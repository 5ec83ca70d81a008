package cloudrl.evaluation;

/**
 * A sample mean with its two-sided 95 % confidence interval (Student's t).
 *
 * @param mean the sample mean
 * @param low  lower end of the interval
 * @param high upper end of the interval
 */
public record MeanInterval(double mean, double low, double high) {

    /**
     * The mean of {@code values} and its 95 % interval {@code mean ± t(0.975, n-1) · s / √n}.
     * A single value has a zero-width interval.
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
            return new MeanInterval(mean, mean, mean);
        }
        double standardError = Math.sqrt(squaredDeviations / (n - 1) / n);
        double halfWidth = StudentT.quantile975(n - 1) * standardError;
        return new MeanInterval(mean, mean - halfWidth, mean + halfWidth);
    }
}
