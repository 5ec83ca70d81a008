package cloudrl.workload;

import cloudrl.api.Observation;
import cloudrl.api.RateDistribution;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.NormalRates;
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
        this.reset = clamped(NormalRates.roundedNormal(workload.mean(), workload.stdDev(), tailMass),
                highestRate);
        this.fromRate = new TrafficOutcomes[highestRate - lowestRate + 1];
        for (int rate = lowestRate; rate <= highestRate; rate++) {
            double level = rate == 0 ? 0 : rate; // rate 0 stands for every level below 1/2
            double expected = workload.mean() + workload.phi() * (level - workload.mean());
            fromRate[rate - lowestRate] = clamped(NormalRates.roundedNormal(expected, workload.innovationStd(),
                    tailMass), highestRate);
        }
    }

    /** The approximate chain of {@code workload}, tails cut at {@link GaussianTraffic#DEFAULT_TAIL_MASS}. */
    /**
     * Standard deviations a kept draw reaches on each side, at most: the tails cut at the default
     * tail mass (5e-13 each) begin at 7.13.
     */
    private static final double DRAW_SPAN = 7.2;

    /**
     * An upper estimate of the expectation terms a plan over this chain takes with {@code config},
     * from the workload's parameters alone: worked out before the chain is built, because building
     * a too-wide chain already takes long. It is steps x server counts x states x outcomes per state.
     */
    static double estimatedWork(Ar1Workload workload, EnvironmentConfig config) {
        double states = Math.ceil(workload.mean() + SPAN * workload.stdDev())
                - Math.max(0, Math.floor(workload.mean() - SPAN * workload.stdDev())) + 1;
        double outcomesPerState = 2 * Math.ceil(DRAW_SPAN * workload.innovationStd()) + 2;
        double servers = Math.min(config.maxServers(), (double) config.initialServers() + config.maxSteps())
                - Math.max(1, (double) config.initialServers() - config.maxSteps()) + 1;
        return (double) config.maxSteps() * servers * states * outcomesPerState;
    }

    /**
     * The largest standard deviation an ar1 process with {@code workload}'s mean and correlation may
     * have for {@link #estimatedWork} to stay within {@code budget} (0 when none does).
     */
    static double largestStdDev(Ar1Workload workload, EnvironmentConfig config, double budget) {
        double low = 0;
        double high = Math.max(1, workload.stdDev());
        while (estimatedWork(new Ar1Workload(workload.mean(), high, workload.phi()), config) <= budget
                && high < 1e6) {
            high = Math.min(1e6, 2 * high);
        }
        for (int i = 0; i < 60; i++) {
            double middle = (low + high) / 2;
            if (estimatedWork(new Ar1Workload(workload.mean(), middle, workload.phi()), config) <= budget) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low;
    }

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
