package cloudrl.env;

import cloudrl.api.Observation;
import cloudrl.api.RateDistribution;
import cloudrl.api.TrafficChain;
import cloudrl.api.TrafficOutcomes;

import java.util.Objects;

/**
 * The reference Gaussian workload as a chain with one state: every rate, at reset and at each step,
 * is an independent draw from the same {@link RateDistribution}, so the past tells nothing about the
 * next rate.
 */
final class GaussianTraffic implements TrafficChain {

    private final GaussianWorkload workload;
    private final RateDistribution distribution;
    private final TrafficOutcomes outcomes;

    private GaussianTraffic(GaussianWorkload workload, double tailMass) {
        this.workload = Objects.requireNonNull(workload, "workload");
        this.distribution = NormalRates.flooredNormal(workload.baseRate(), workload.stdDev(), tailMass);
        this.outcomes = TrafficOutcomes.independent(distribution, 0);
    }

    /** The chain of {@code workload}, tails cut at {@link #DEFAULT_TAIL_MASS}. */
    public static GaussianTraffic of(GaussianWorkload workload) {
        return new GaussianTraffic(workload, DEFAULT_TAIL_MASS);
    }

    /** The chain of {@code workload}, tails cut at {@code tailMass}; see {@link RateDistribution#flooredNormal}. */
    public static GaussianTraffic of(GaussianWorkload workload, double tailMass) {
        return new GaussianTraffic(workload, tailMass);
    }

    public GaussianWorkload workload() {
        return workload;
    }

    /** The distribution of every draw. */
    public RateDistribution distribution() {
        return distribution;
    }

    @Override
    public int stateCount() {
        return 1;
    }

    @Override
    public TrafficOutcomes atReset() {
        return outcomes;
    }

    @Override
    public TrafficOutcomes from(int state) {
        if (state != 0) {
            throw new IllegalArgumentException("workload state " + state + " does not exist: the Gaussian chain"
                    + " has the single state 0");
        }
        return outcomes;
    }

    @Override
    public int stateOf(Observation observation, int step) {
        return 0;
    }

    @Override
    public String name() {
        return "gaussian";
    }
}
