package cloudrl.agents;

import cloudrl.api.Observation;

import java.util.ArrayList;
import java.util.List;

/**
 * What the networks see of a state: the last {@code history} observations
 * {@code [cpu, memory, requestRate, servers]}, newest first, and, when {@code elapsedTime} is on,
 * the fraction of the episode already played, {@code step / maxSteps}.
 *
 * <p>Why the time: under the reference (Gaussian) workload the next request rate does not depend on
 * the past, so the best action depends only on the servers and on how many steps remain (the
 * oracle's state is exactly (step, servers)). Near the end of an episode it no longer pays to move
 * towards the best count, and an episode that ends at its time limit has no future reward; without
 * the step, a value network cannot tell these states apart. A policy counts its own steps since
 * {@code reset()}, so nothing outside the observation is needed to act.
 *
 * <p>Why the history: on traces and on {@code bursty} the next rate does depend on the past, and
 * one observation cannot tell rising traffic from falling. The older observations are named with
 * their age, {@code cpu-1} for the step before.
 *
 * @param elapsedTime whether the fraction of the episode elapsed is an input after the observations
 * @param maxSteps    steps in a full episode, at least 1
 * @param history     observations stacked, at least 1 (1: the latest only)
 */
public record StateFeatures(boolean elapsedTime, int maxSteps, int history) {

    /** The most observations a network may stack. */
    public static final int MAX_HISTORY = 16;

    private static final String[] OBSERVATION_NAMES = {"cpu", "memory", "requestRate", "servers"};

    public StateFeatures {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps " + maxSteps + " is not allowed: must be at least 1");
        }
        if (history < 1 || history > MAX_HISTORY) {
            throw new IllegalArgumentException("history " + history + " is not allowed: must be in [1, " + MAX_HISTORY
                    + "]");
        }
    }

    /** The latest observation only. */
    public StateFeatures(boolean elapsedTime, int maxSteps) {
        this(elapsedTime, maxSteps, 1);
    }

    /** Number of inputs: 4 per stacked observation, and 1 more with the elapsed time. */
    public int size() {
        return history * Observation.SIZE + (elapsedTime ? 1 : 0);
    }

    /** The inputs' names, comma-separated: {@code cpu,...,servers,cpu-1,...,servers-1,...[,elapsedTime]}. */
    public String names() {
        List<String> names = new ArrayList<>();
        for (int age = 0; age < history; age++) {
            for (String name : OBSERVATION_NAMES) {
                names.add(age == 0 ? name : name + "-" + age);
            }
        }
        if (elapsedTime) {
            names.add("elapsedTime");
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
            target[targetOffset + history * Observation.SIZE] = elapsed(step);
        }
    }

    /** The elapsed-time input for {@code step}. */
    public float elapsed(int step) {
        return (float) step / maxSteps;
    }
}
