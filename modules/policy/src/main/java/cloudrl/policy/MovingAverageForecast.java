package cloudrl.policy;

/**
 * Every future rate is the mean of the last {@code window} observed rates (of all of them while
 * fewer have been seen). Smooths minute-to-minute noise at the price of lagging a trend.
 */
public final class MovingAverageForecast implements RateForecast {

    private final double[] recent;
    private int seen;
    private int next;
    private double sum;

    /** @param window rates averaged, in [1, 10000] */
    public MovingAverageForecast(int window) {
        if (window < 1 || window > 10_000) {
            throw new IllegalArgumentException("window " + window + " is not allowed: must be in [1, 10000]");
        }
        this.recent = new double[window];
    }

    @Override
    public void observe(double rate) {
        if (seen == recent.length) {
            sum -= recent[next];
        } else {
            seen++;
        }
        recent[next] = rate;
        sum += rate;
        next = (next + 1) % recent.length;
    }

    @Override
    public double forecast(int horizon) {
        if (seen == 0) {
            throw new IllegalStateException("no rate observed yet");
        }
        return sum / seen;
    }

    @Override
    public void reset() {
        seen = 0;
        next = 0;
        sum = 0;
    }
}
