package cloudrl.workload;

import cloudrl.api.Observation;
import cloudrl.api.RateDistribution;
import cloudrl.api.TrafficChain;
import cloudrl.api.TrafficOutcomes;

import java.util.Objects;

/**
 * An approximate chain for the {@code ar1} workload, over what a policy sees: the last emitted rate.
 * The process's true state is its continuous level {@code x}, of which the policy sees only
 * {@code max(0, round(x))}. This chain assumes the level equals the rate it was emitted as (grid
 * width 1, the observation's own resolution), so from rate {@code r} the next rate is drawn as
 * {@code max(0, round(mean + phi (r - mean) + innovationStd · Z))}. The error of that assumption
 * (up to half a request in the level, more for rate 0, which stands for every level below 1/2) is
 * not bounded here; the states are the rates within {@code mean ± 8 stdDev}, and a rate outside is
 * recorded as the nearest end. Results over this chain are approximate.
 */
final class Ar1Traffic implements TrafficChain {

    /** Standard deviations of the process covered by the states on each side of the mean. */
    static final double SPAN = 8;

    private final int lowestRate;
    private final TrafficOutcomes reset;
    private final TrafficOutcomes[] fromRate;

    private Ar1Traffic(Ar1Workload workload, double tailMass) {
        Objects.requireNonNull(workload, "workload");
        this.lowestRate = (int) Math.max(0, Math.floor(workload.mean() - SPAN * workload.stdDev()));
        int highestRate = (int) Math.ceil(workload.mean() + SPAN * workload.stdDev());
        this.reset = clamped(RateDistribution.roundedNormal(workload.mean(), workload.stdDev(), tailMass),
                highestRate);
        this.fromRate = new TrafficOutcomes[highestRate - lowestRate + 1];
        for (int rate = lowestRate; rate <= highestRate; rate++) {
            double level = rate == 0 ? 0 : rate; // rate 0 stands for every level below 1/2
            double expected = workload.mean() + workload.phi() * (level - workload.mean());
            fromRate[rate - lowestRate] = clamped(RateDistribution.roundedNormal(expected, workload.innovationStd(),
                    tailMass), highestRate);
        }
    }

    /** The approximate chain of {@code workload}, tails cut at {@link GaussianTraffic#DEFAULT_TAIL_MASS}. */
    public static Ar1Traffic of(Ar1Workload workload) {
        return new Ar1Traffic(workload, DEFAULT_TAIL_MASS);
    }

    private TrafficOutcomes clamped(RateDistribution draw, int highestRate) {
        int size = draw.size();
        int[] rates = new int[size];
        int[] states = new int[size];
        double[] probabilities = draw.probabilities();
        for (int i = 0; i < size; i++) {
            rates[i] = draw.lowestRate() + i;
            states[i] = Math.min(Math.max(rates[i], lowestRate), highestRate) - lowestRate;
        }
        return new TrafficOutcomes(rates, states, probabilities, draw.missingMass());
    }

    @Override
    public int stateCount() {
        return fromRate.length;
    }

    @Override
    public TrafficOutcomes atReset() {
        return reset;
    }

    @Override
    public TrafficOutcomes from(int state) {
        if (state < 0 || state >= fromRate.length) {
            throw new IllegalArgumentException("workload state " + state + " does not exist: the ar1 chain has"
                    + " states 0 to " + (fromRate.length - 1));
        }
        return fromRate[state];
    }

    @Override
    public int stateOf(Observation observation, int step) {
        return Math.min(Math.max(observation.requestRate(), lowestRate), lowestRate + fromRate.length - 1) - lowestRate;
    }

    @Override
    public Coverage coverage() {
        return Coverage.APPROXIMATE;
    }

    @Override
    public String name() {
        return "ar1";
    }
}
