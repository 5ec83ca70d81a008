package cloudrl.workload;

import cloudrl.api.MarkovWorkload;
import cloudrl.api.TrafficChain;

import java.util.random.RandomGenerator;

/**
 * A daily cycle with noise. The level at step {@code t} is
 * {@code baseRate * (1 + amplitude * sin(2 pi (t + phase) / period))}; each step adds independent
 * Gaussian noise with standard deviation {@code noiseStd} and rounds to the nearest count, never
 * below zero. Over whole periods the sine averages out, so the long-run mean is {@code baseRate}.
 *
 * @param baseRate  the mean level, requests per step, in [0, 1e6]
 * @param amplitude the swing as a fraction of the base, in [0, 1]
 * @param period    steps per cycle, in [2, 1e6]
 * @param phase     steps the cycle is shifted by, in [-1e6, 1e6]
 * @param noiseStd  standard deviation of the per-step noise, in [0, 1e6]
 */
public record DiurnalWorkload(double baseRate, double amplitude, double period, double phase, double noiseStd)
        implements MarkovWorkload {

    public DiurnalWorkload {
        Checks.within("baseRate", baseRate, 0, 1e6);
        Checks.within("amplitude", amplitude, 0, 1);
        Checks.within("period", period, 2, 1e6);
        Checks.within("phase", phase, -1e6, 1e6);
        Checks.within("noiseStd", noiseStd, 0, 1e6);
    }

    /** The noise-free level at {@code step}. */
    public double level(int step) {
        return baseRate * (1 + amplitude * Math.sin(2 * Math.PI * (step + phase) / period));
    }

    @Override
    public int requestRate(int step, RandomGenerator random) {
        return RequestCount.of(level(step) + noiseStd * random.nextGaussian());
    }

    /** Exact: the level follows from the step and the noise is independent, so the state is the step. */
    @Override
    public TrafficChain chain(int maxSteps) {
        return DiurnalTraffic.of(this, maxSteps);
    }

    @Override
    public double longRunMean() {
        return baseRate;
    }
}
