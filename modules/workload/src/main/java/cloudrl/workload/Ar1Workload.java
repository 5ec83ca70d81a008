package cloudrl.workload;

import cloudrl.api.MarkovWorkload;
import cloudrl.env.EnvironmentConfig;
import cloudrl.api.TrafficChain;

import java.util.random.RandomGenerator;

/**
 * Autocorrelated traffic: a first-order autoregressive process around {@code mean},
 * {@code x(t) = mean + phi * (x(t-1) - mean) + e(t)} with Gaussian innovations of standard
 * deviation {@code stdDev * sqrt(1 - phi^2)}, so that the process itself has standard deviation
 * {@code stdDev} whatever {@code phi}. An episode starts from a stationary draw
 * {@code mean + stdDev * N(0, 1)}. Each step emits {@code x(t)} rounded to the nearest count, never
 * below zero; the long-run mean is {@code mean}.
 *
 * <p>Keeps the last level; not thread-safe.
 */
public final class Ar1Workload implements MarkovWorkload {

    private final double mean;
    private final double stdDev;
    private final double phi;
    private final double innovationStd;
    private double level;
    private boolean started;

    /**
     * @param mean   the level the process returns to, in [0, 1e6]
     * @param stdDev the process's standard deviation, in [0, 1e6]
     * @param phi    the correlation between consecutive steps, in [-0.999, 0.999]
     */
    public Ar1Workload(double mean, double stdDev, double phi) {
        this.mean = Checks.within("mean", mean, 0, 1e6);
        this.stdDev = Checks.within("stdDev", stdDev, 0, 1e6);
        this.phi = Checks.within("phi", phi, -0.999, 0.999);
        this.innovationStd = stdDev * Math.sqrt(1 - phi * phi);
    }

    @Override
    public void reset(RandomGenerator random) {
        level = mean + stdDev * random.nextGaussian();
        started = false;
    }

    @Override
    public int requestRate(int step, RandomGenerator random) {
        if (started) {
            level = mean + phi * (level - mean) + innovationStd * random.nextGaussian();
        }
        started = true;
        return RequestCount.of(level);
    }

    /** An approximate chain over the last rate (see {@code Ar1Traffic}): the level is continuous and seen rounded. */
    @Override
    public TrafficChain chain(int maxSteps) {
        return Ar1Traffic.of(this);
    }

    @Override
    public double longRunMean() {
        return mean;
    }

    /** The level the process returns to. */
    public double mean() {
        return mean;
    }

    /** The process's standard deviation. */
    public double stdDev() {
        return stdDev;
    }

    /** The standard deviation of each step's innovation, {@code stdDev * sqrt(1 - phi^2)}. */
    public double innovationStd() {
        return innovationStd;
    }

    /** The correlation between consecutive steps. */
    public double phi() {
        return phi;
    }

    @Override
    public String toString() {
        return "Ar1Workload[mean=" + mean + ", stdDev=" + stdDev + ", phi=" + phi + "]";
    }

    /**
     * An upper estimate of the expectation terms the oracle's plan over this workload's approximate
     * chain takes under {@code config}, worked out before the chain is built, so that a process too
     * wide to plan is refused at once.
     */
    public double planWork(EnvironmentConfig config) {
        return Ar1Traffic.estimatedWork(this, config);
    }

    /** The largest standard deviation, at this mean and correlation, whose plan stays within {@code budget} terms. */
    public double largestPlannableStdDev(EnvironmentConfig config, double budget) {
        return Ar1Traffic.largestStdDev(this, config, budget);
    }
}
