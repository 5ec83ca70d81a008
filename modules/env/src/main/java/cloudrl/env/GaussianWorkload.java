package cloudrl.env;

import cloudrl.api.MarkovWorkload;
import cloudrl.api.TrafficChain;

import java.util.random.RandomGenerator;

/**
 * The reference traffic: every step an independent draw {@code max(0, floor(base + N(0, std)))}.
 *
 * @param baseRate mean level of traffic, in [0, 1e6]
 * @param stdDev   spread of the noise, in [0, 1e6]
 */
public record GaussianWorkload(double baseRate, double stdDev) implements MarkovWorkload {

    public GaussianWorkload {
        if (!(baseRate >= 0 && baseRate <= 1e6)) {
            throw new IllegalArgumentException("baseRate " + baseRate + " is not allowed: must be in [0, 1e6]");
        }
        if (!(stdDev >= 0 && stdDev <= 1e6)) {
            throw new IllegalArgumentException("stdDev " + stdDev + " is not allowed: must be in [0, 1e6]");
        }
    }

    @Override
    public int requestRate(int step, RandomGenerator random) {
        return draw(baseRate, stdDev, random);
    }

    /** One draw of the reference traffic; shared with the vectorised path so both agree exactly. */
    public static int draw(double baseRate, double stdDev, RandomGenerator random) {
        double value = Math.floor(baseRate + stdDev * random.nextGaussian());
        return value <= 0 ? 0 : (int) value;
    }

    /**
     * The exact mean of the floored, zero-clamped draw is below {@code baseRate}; this is the
     * unclamped, unfloored level the model is built around.
     */
    /** One state: every draw is independent of the past. */
    @Override
    public TrafficChain chain(int maxSteps) {
        return GaussianTraffic.of(this);
    }

    @Override
    public double longRunMean() {
        return baseRate;
    }
}
