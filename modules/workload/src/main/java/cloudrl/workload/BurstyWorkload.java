package cloudrl.workload;

import cloudrl.api.MarkovWorkload;
import cloudrl.api.TrafficChain;

import java.util.random.RandomGenerator;

/**
 * Calm traffic with bursts: a two-state Markov chain. In the calm state the level is
 * {@code calmRate}, in the burst state {@code burstRate}; before every step after the first, a calm
 * chain enters a burst with probability {@code enterBurst} and a bursting one calms down with
 * probability {@code leaveBurst}. Each step adds Gaussian noise ({@code noiseStd}) and rounds to
 * the nearest count, never below zero.
 *
 * <p>An episode starts in a state drawn from the chain's stationary distribution, in which the
 * burst state has probability {@code p = enterBurst / (enterBurst + leaveBurst)}; the long-run mean
 * is {@code (1 - p) * calmRate + p * burstRate} from the first step on.
 *
 * <p>Keeps the current state; not thread-safe.
 */
public final class BurstyWorkload implements MarkovWorkload {

    private final double calmRate;
    private final double burstRate;
    private final double enterBurst;
    private final double leaveBurst;
    private final double noiseStd;
    private boolean bursting;

    /**
     * @param calmRate   level in the calm state, in [0, 1e6]
     * @param burstRate  level in the burst state, in [0, 1e6]
     * @param enterBurst chance per step that calm turns into a burst, in [0, 1]
     * @param leaveBurst chance per step that a burst ends, in (0, 1]
     * @param noiseStd   standard deviation of the per-step noise, in [0, 1e6]
     */
    public BurstyWorkload(double calmRate, double burstRate, double enterBurst, double leaveBurst, double noiseStd) {
        this.calmRate = Checks.within("calmRate", calmRate, 0, 1e6);
        this.burstRate = Checks.within("burstRate", burstRate, 0, 1e6);
        this.enterBurst = Checks.within("enterBurst", enterBurst, 0, 1);
        this.leaveBurst = Checks.within("leaveBurst", leaveBurst, 0, 1);
        if (leaveBurst == 0) {
            throw new IllegalArgumentException("leaveBurst 0.0 is not allowed: must be in (0, 1], or bursts never end");
        }
        this.noiseStd = Checks.within("noiseStd", noiseStd, 0, 1e6);
    }

    /** Level in the calm state. */
    public double calmRate() {
        return calmRate;
    }

    /** Level in the burst state. */
    public double burstRate() {
        return burstRate;
    }

    /** Chance per step that calm turns into a burst. */
    public double enterBurst() {
        return enterBurst;
    }

    /** Chance per step that a burst ends. */
    public double leaveBurst() {
        return leaveBurst;
    }

    /** Standard deviation of the per-step noise. */
    public double noiseStd() {
        return noiseStd;
    }

    /** The stationary probability of the burst state. */
    public double burstShare() {
        return enterBurst / (enterBurst + leaveBurst);
    }

    /** Whether the chain is in the burst state. */
    public boolean bursting() {
        return bursting;
    }

    @Override
    public void reset(RandomGenerator random) {
        bursting = random.nextDouble() < burstShare();
    }

    @Override
    public int requestRate(int step, RandomGenerator random) {
        if (step > 0) {
            bursting = random.nextDouble() < (bursting ? 1 - leaveBurst : enterBurst);
        }
        double level = bursting ? burstRate : calmRate;
        return RequestCount.of(level + noiseStd * random.nextGaussian());
    }

    /** The regime chain; its state is hidden from policies, so a plan over it is an upper bound. */
    @Override
    public TrafficChain chain(int maxSteps) {
        return BurstyTraffic.of(this);
    }

    @Override
    public double longRunMean() {
        double share = burstShare();
        return (1 - share) * calmRate + share * burstRate;
    }

    @Override
    public String toString() {
        return "BurstyWorkload[calmRate=" + calmRate + ", burstRate=" + burstRate + ", enterBurst=" + enterBurst
                + ", leaveBurst=" + leaveBurst + ", noiseStd=" + noiseStd + "]";
    }
}
