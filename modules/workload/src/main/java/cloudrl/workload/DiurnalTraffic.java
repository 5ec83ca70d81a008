package cloudrl.workload;

import cloudrl.api.Observation;
import cloudrl.api.RateDistribution;
import cloudrl.env.NormalRates;
import cloudrl.api.TrafficChain;
import cloudrl.api.TrafficOutcomes;

import java.util.Objects;

/**
 * The {@code diurnal} workload as a chain. Its noise is drawn independently at every step and its
 * level follows from the step alone, so the past adds nothing once the step is known: the workload
 * state is the step, {@code 0 .. maxSteps}, and every draw is the exact distribution of
 * {@code max(0, round(level(t) + noiseStd · Z))} at the workload step {@code t} it is drawn at (0 at
 * reset, {@code t + 1} for the draw after {@code t} steps, as {@code CloudEnvironment} asks).
 */
final class DiurnalTraffic implements TrafficChain {

    private final DiurnalWorkload workload;
    private final TrafficOutcomes reset;
    private final TrafficOutcomes[] afterStep;

    private DiurnalTraffic(DiurnalWorkload workload, int maxSteps, double tailMass) {
        this.workload = Objects.requireNonNull(workload, "workload");
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps " + maxSteps + " is not allowed: must be at least 1");
        }
        this.reset = TrafficOutcomes.independent(draw(workload, 0, tailMass), 0);
        this.afterStep = new TrafficOutcomes[maxSteps + 1];
        for (int step = 0; step <= maxSteps; step++) {
            // the last state's draw is never made within an episode; it stays in place so every state has one
            afterStep[step] = TrafficOutcomes.independent(draw(workload, step + 1, tailMass),
                    Math.min(step + 1, maxSteps));
        }
    }

    /** The chain of {@code workload} over episodes of {@code maxSteps} steps, tails cut at {@link GaussianTraffic#DEFAULT_TAIL_MASS}. */
    public static DiurnalTraffic of(DiurnalWorkload workload, int maxSteps) {
        return new DiurnalTraffic(workload, maxSteps, DEFAULT_TAIL_MASS);
    }

    /** The chain with the tails of each draw cut at {@code tailMass}; see {@link RateDistribution#roundedNormal}. */
    public static DiurnalTraffic of(DiurnalWorkload workload, int maxSteps, double tailMass) {
        return new DiurnalTraffic(workload, maxSteps, tailMass);
    }

    private static RateDistribution draw(DiurnalWorkload workload, int step, double tailMass) {
        return NormalRates.roundedNormal(workload.level(step), workload.noiseStd(), tailMass);
    }

    public DiurnalWorkload workload() {
        return workload;
    }

    @Override
    public int stateCount() {
        return afterStep.length;
    }

    @Override
    public TrafficOutcomes atReset() {
        return reset;
    }

    @Override
    public TrafficOutcomes from(int state) {
        if (state < 0 || state >= afterStep.length) {
            throw new IllegalArgumentException("workload state " + state + " does not exist: the diurnal chain has"
                    + " states 0 to " + (afterStep.length - 1));
        }
        return afterStep[state];
    }

    @Override
    public boolean possibleAfter(int step, int state) {
        return state == step;
    }

    @Override
    public int stateOf(Observation observation, int step) {
        return step;
    }

    @Override
    public String name() {
        return "diurnal";
    }
}
