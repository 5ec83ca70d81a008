package cloudrl.workload;

import cloudrl.api.Observation;
import cloudrl.api.RateDistribution;
import cloudrl.env.NormalRates;
import cloudrl.api.TrafficChain;
import cloudrl.api.TrafficOutcomes;

import java.util.Objects;

/**
 * The {@code bursty} workload as a chain over its regime, state 0 calm and 1 burst. At reset the
 * regime is drawn from the stationary distribution; before every later draw it moves (calm to burst
 * with {@code enterBurst}, burst to calm with {@code leaveBurst}); each rate is
 * {@code max(0, round(level(regime) + noiseStd · Z))}.
 *
 * <p>The regime is hidden: a policy sees the rate, not the regime, so {@link #stateOf} cannot be
 * answered and a plan over this chain cannot be played. Its value is an upper bound on what any
 * policy can reach (one told the regime before each decision can do everything one not told can),
 * not an optimum. A policy that decides from the observation alone, such as the threshold
 * heuristic, never needs the regime, and the oracle's policy evaluation gives its exact expected return.
 */
final class BurstyTraffic implements TrafficChain {

    static final int CALM = 0;
    static final int BURST = 1;

    private final BurstyWorkload workload;
    private final TrafficOutcomes reset;
    private final TrafficOutcomes[] fromRegime;

    private BurstyTraffic(BurstyWorkload workload, double tailMass) {
        this.workload = Objects.requireNonNull(workload, "workload");
        RateDistribution calm = NormalRates.roundedNormal(workload.calmRate(), workload.noiseStd(), tailMass);
        RateDistribution burst = NormalRates.roundedNormal(workload.burstRate(), workload.noiseStd(), tailMass);
        double share = workload.burstShare();
        this.reset = mixture(calm, burst, 1 - share);
        this.fromRegime = new TrafficOutcomes[] {
            mixture(calm, burst, 1 - workload.enterBurst()),
            mixture(calm, burst, workload.leaveBurst())
        };
    }

    /** The chain of {@code workload}, tails cut at {@link GaussianTraffic#DEFAULT_TAIL_MASS}. */
    public static BurstyTraffic of(BurstyWorkload workload) {
        return new BurstyTraffic(workload, DEFAULT_TAIL_MASS);
    }

    // with probability calmChance the next regime is calm and the rate drawn from calm, else from burst
    private static TrafficOutcomes mixture(RateDistribution calm, RateDistribution burst, double calmChance) {
        int size = calm.size() + burst.size();
        int[] rates = new int[size];
        int[] regimes = new int[size];
        double[] probabilities = new double[size];
        for (int i = 0; i < calm.size(); i++) {
            rates[i] = calm.lowestRate() + i;
            regimes[i] = CALM;
            probabilities[i] = calmChance * calm.probability(rates[i]);
        }
        for (int i = 0; i < burst.size(); i++) {
            int o = calm.size() + i;
            rates[o] = burst.lowestRate() + i;
            regimes[o] = BURST;
            probabilities[o] = (1 - calmChance) * burst.probability(rates[o]);
        }
        double missing = calmChance * calm.missingMass() + (1 - calmChance) * burst.missingMass();
        return new TrafficOutcomes(rates, regimes, probabilities, missing);
    }

    public BurstyWorkload workload() {
        return workload;
    }

    @Override
    public int stateCount() {
        return 2;
    }

    @Override
    public TrafficOutcomes atReset() {
        return reset;
    }

    @Override
    public TrafficOutcomes from(int state) {
        if (state != CALM && state != BURST) {
            throw new IllegalArgumentException("workload state " + state + " does not exist: the bursty chain has"
                    + " states 0 (calm) and 1 (burst)");
        }
        return fromRegime[state];
    }

    /** Never answered: the regime is hidden from the policy. */
    @Override
    public int stateOf(Observation observation, int step) {
        throw new IllegalStateException("the bursty regime is hidden from the policy: a plan over it is an upper"
                + " bound with the regime revealed and cannot be played");
    }

    @Override
    public Coverage coverage() {
        return Coverage.UPPER_BOUND;
    }

    @Override
    public String name() {
        return "bursty";
    }
}
