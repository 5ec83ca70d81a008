package cloudrl.agents;

import java.util.ArrayList;
import java.util.List;

/**
 * The inputs an agent's network sees: the scenario's observation, and optionally the elapsed time
 * (the fraction of the episode gone, which the reference observation lacks and an optimal
 * finite-horizon policy depends on).
 *
 * @param observation the observation's feature names, in order (the scenario's observation space)
 * @param elapsedTime whether the elapsed time follows them
 * @param maxSteps    the episode length the elapsed time is measured against
 */
public record StateFeatures(List<String> observation, boolean elapsedTime, int maxSteps) {

    /** The name of the elapsed-time input. */
    public static final String ELAPSED_TIME = "elapsedTime";

    public StateFeatures {
        observation = List.copyOf(observation);
        if (observation.isEmpty()) {
            throw new IllegalArgumentException("an agent needs at least one observation feature");
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps " + maxSteps + " is not allowed: must be at least 1");
        }
    }

    /**
     * The features named {@code names} as metadata lists them (comma-separated, ending in
     * {@code elapsedTime} when it is an input).
     */
    public static StateFeatures parse(String names, int maxSteps) {
        List<String> listed = new ArrayList<>(List.of(names.split(",", -1)));
        boolean elapsed = !listed.isEmpty() && listed.get(listed.size() - 1).equals(ELAPSED_TIME);
        if (elapsed) {
            listed.remove(listed.size() - 1);
        }
        return new StateFeatures(listed, elapsed, maxSteps);
    }

    /** Values in one observation. */
    public int observationSize() {
        return observation.size();
    }

    /** Number of inputs: the observation's, plus one with the elapsed time. */
    public int size() {
        return elapsedTime ? observation.size() + 1 : observation.size();
    }

    /** The inputs' names, comma-separated. */
    public String names() {
        List<String> names = new ArrayList<>(observation);
        if (elapsedTime) {
            names.add(ELAPSED_TIME);
        }
        return String.join(",", names);
    }

    /**
     * Writes the features of one state into {@code target} from {@code targetOffset}.
     *
     * @param observations      observations laid out in rows of {@link #observationSize()} values
     * @param observationOffset where this state's row starts
     * @param step              steps taken in the episode so far (0 at reset)
     */
    public void write(float[] observations, int observationOffset, int step, float[] target, int targetOffset) {
        System.arraycopy(observations, observationOffset, target, targetOffset, observation.size());
        if (elapsedTime) {
            target[targetOffset + observation.size()] = elapsed(step);
        }
    }

    /** The elapsed-time input for {@code step}. */
    public float elapsed(int step) {
        return (float) step / maxSteps;
    }
}
