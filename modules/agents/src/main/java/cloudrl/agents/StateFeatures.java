package cloudrl.agents;

import java.util.ArrayList;
import java.util.List;

/**
 * The inputs an agent's network sees: the last {@code history} observations of the scenario,
 * newest first, and optionally the elapsed time (the fraction of the episode gone, which the
 * reference observation lacks and an optimal finite-horizon policy depends on).
 *
 * @param observation the observation's feature names, in order (the scenario's observation space)
 * @param elapsedTime whether the elapsed time follows them
 * @param maxSteps    the episode length the elapsed time is measured against
 * @param history     how many observations are stacked, 1 (the latest only) to {@link #MAX_HISTORY}
 */
public record StateFeatures(List<String> observation, boolean elapsedTime, int maxSteps, int history) {

    /** The name of the elapsed-time input. */
    public static final String ELAPSED_TIME = "elapsedTime";

    /** The most observations a network may stack. */
    public static final int MAX_HISTORY = 16;

    public StateFeatures {
        observation = List.copyOf(observation);
        if (observation.isEmpty()) {
            throw new IllegalArgumentException("an agent needs at least one observation feature");
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps " + maxSteps + " is not allowed: must be at least 1");
        }
        if (history < 1 || history > MAX_HISTORY) {
            throw new IllegalArgumentException("history " + history + " is not allowed: must be in [1, " + MAX_HISTORY
                    + "]");
        }
    }

    /** The latest observation only. */
    public StateFeatures(List<String> observation, boolean elapsedTime, int maxSteps) {
        this(observation, elapsedTime, maxSteps, 1);
    }

    /**
     * The features named {@code names} as metadata lists them (comma-separated: the observation's
     * names, then each older one's with {@code -1}, {@code -2}, ..., ending in {@code elapsedTime}
     * when it is an input), for {@code history} stacked observations.
     *
     * @throws IllegalArgumentException when the names are not such a list
     */
    public static StateFeatures parse(String names, int maxSteps, int history) {
        List<String> listed = new ArrayList<>(List.of(names.split(",", -1)));
        boolean elapsed = !listed.isEmpty() && listed.get(listed.size() - 1).equals(ELAPSED_TIME);
        if (elapsed) {
            listed.remove(listed.size() - 1);
        }
        if (listed.isEmpty() || listed.size() % history != 0) {
            throw new IllegalArgumentException("features is '" + names + "', which does not stack " + history
                    + " observations of one width");
        }
        StateFeatures features = new StateFeatures(listed.subList(0, listed.size() / history), elapsed, maxSteps,
                history);
        if (!features.names().equals(names)) {
            throw new IllegalArgumentException("features is '" + names + "', but " + history + " stacked observations"
                    + " of these features are named '" + features.names() + "'");
        }
        return features;
    }

    /** Values in one observation. */
    public int observationSize() {
        return observation.size();
    }

    /** Number of inputs: one observation's values per stacked observation, and 1 more with the elapsed time. */
    public int size() {
        return history * observation.size() + (elapsedTime ? 1 : 0);
    }

    /** The inputs' names, comma-separated: {@code cpu,...,servers,cpu-1,...,servers-1,...[,elapsedTime]}. */
    public String names() {
        List<String> names = new ArrayList<>();
        for (int age = 0; age < history; age++) {
            for (String name : observation) {
                names.add(age == 0 ? name : name + "-" + age);
            }
        }
        if (elapsedTime) {
            names.add(ELAPSED_TIME);
        }
        return String.join(",", names);
    }

    /**
     * Writes the features of environment {@code env}'s state into {@code target} from {@code targetOffset}.
     *
     * @param observations the environments' recent observations, {@code history} deep
     * @param step         steps taken in the episode so far (0 at reset)
     */
    void write(ObservationHistory observations, int env, int step, float[] target, int targetOffset) {
        observations.write(env, target, targetOffset);
        if (elapsedTime) {
            target[targetOffset + history * observation.size()] = elapsed(step);
        }
    }

    /** The elapsed-time input for {@code step}. */
    public float elapsed(int step) {
        return (float) step / maxSteps;
    }
}
