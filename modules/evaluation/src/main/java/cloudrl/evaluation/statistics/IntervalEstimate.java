package cloudrl.evaluation.statistics;

/**
 * A statistic's value on the observed scores and a confidence interval around it.
 *
 * @param estimate the statistic of the observed scores
 * @param low      lower end of the interval
 * @param high     upper end of the interval
 */
public record IntervalEstimate(double estimate, double low, double high) {

    /** Whether {@code value} lies in {@code [low, high]}. */
    public boolean contains(double value) {
        return low <= value && value <= high;
    }
}
