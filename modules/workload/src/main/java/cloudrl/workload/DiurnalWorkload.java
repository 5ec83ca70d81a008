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

    // the levels of the latest fitted cycle's steps 0 .. episode length, computed once: a vector of
    // thousands of environments on one cycle then shares one small table instead of a sine each step
    private static volatile Levels latest;

    /** The levels of {@code workload}'s steps {@code 0 .. values.length - 1}; never changed. */
    private record Levels(DiurnalWorkload workload, double[] values) {
    }

    /** Tabulates the levels of the steps an episode asks for (the same values, computed once). */
    @Override
    public void fitEpisodes(int steps) {
        Levels known = latest;
        if (known != null && sameCycle(known.workload) && known.values.length > steps) {
            return;
        }
        double[] values = new double[steps + 1];
        for (int step = 0; step <= steps; step++) {
            values[step] = computeLevel(step);
        }
        latest = new Levels(this, values);
    }

    /** The noise-free level at {@code step}. */
    public double level(int step) {
        Levels known = latest;
        if (known != null && step >= 0 && step < known.values.length && sameCycle(known.workload)) {
            return known.values[step];
        }
        return computeLevel(step);
    }

    // whether other's levels are this one's: the noise plays no part in them
    private boolean sameCycle(DiurnalWorkload other) {
        return other == this || (same(other.baseRate, baseRate) && same(other.amplitude, amplitude)
                && same(other.period, period) && same(other.phase, phase));
    }

    private static boolean same(double a, double b) {
        return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
    }

    private double computeLevel(int step) {
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
