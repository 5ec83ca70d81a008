package cloudrl.policy;

import java.util.Arrays;

/**
 * Additive Holt–Winters exponential smoothing: a level, a trend and {@code period} seasonal terms.
 * After observing {@code y} at step {@code t}, with {@code s} the seasonal term of {@code t}'s place
 * in the season,
 * <pre>
 *   level' = alpha (y - s) + (1 - alpha) (level + trend)
 *   trend' = beta (level' - level) + (1 - beta) trend
 *   s'     = gamma (y - level') + (1 - gamma) s
 *   forecast(h) = level' + h trend' + (seasonal term of step t + h)
 * </pre>
 * The first rate sets the level, with trend and seasonal terms 0; the seasonal terms then learn as
 * their places come round. With {@code gamma = 0} it is Holt's linear trend method.
 */
public final class HoltWintersForecast implements RateForecast {

    private final double alpha;
    private final double beta;
    private final double gamma;
    private final double[] seasonal;
    private double level;
    private double trend;
    private long observed;

    /**
     * @param alpha  level smoothing, in [0, 1]
     * @param beta   trend smoothing, in [0, 1]
     * @param gamma  seasonal smoothing, in [0, 1]
     * @param period steps per season, in [1, 100000]
     */
    public HoltWintersForecast(double alpha, double beta, double gamma, int period) {
        requireShare("alpha", alpha);
        requireShare("beta", beta);
        requireShare("gamma", gamma);
        if (period < 1 || period > 100_000) {
            throw new IllegalArgumentException("period " + period + " is not allowed: must be in [1, 100000]");
        }
        this.alpha = alpha;
        this.beta = beta;
        this.gamma = gamma;
        this.seasonal = new double[period];
    }

    private static void requireShare(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " " + value + " is not allowed: must be in [0, 1]");
        }
    }

    @Override
    public void observe(double rate) {
        int place = (int) (observed % seasonal.length);
        if (observed == 0) {
            level = rate;
        } else {
            double previous = level;
            level = alpha * (rate - seasonal[place]) + (1 - alpha) * (level + trend);
            trend = beta * (level - previous) + (1 - beta) * trend;
            seasonal[place] = gamma * (rate - level) + (1 - gamma) * seasonal[place];
        }
        observed++;
    }

    @Override
    public double forecast(int horizon) {
        if (observed == 0) {
            throw new IllegalStateException("no rate observed yet");
        }
        int place = (int) ((observed - 1 + horizon) % seasonal.length);
        return level + horizon * trend + seasonal[place];
    }

    @Override
    public void reset() {
        level = 0;
        trend = 0;
        observed = 0;
        Arrays.fill(seasonal, 0);
    }
}
