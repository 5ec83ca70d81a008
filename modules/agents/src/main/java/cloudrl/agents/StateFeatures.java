package cloudrl.agents;

import cloudrl.api.Observation;

import java.util.Arrays;

/**
 * What the networks see of a state: the observation {@code [cpu, memory, requestRate, servers]} and,
 * when {@code elapsedTime} is on, the fraction of the episode already played, {@code step / maxSteps}.
 *
 * <p>Why the time: under the reference (Gaussian) workload the next request rate does not depend on
 * the past, so the best action depends only on the servers and on how many steps remain (the
 * oracle's state is exactly (step, servers)). Near the end of an episode it no longer pays to move
 * towards the best count, and an episode that ends at its time limit has no future reward; without
 * the step, a value network cannot tell these states apart. A policy counts its own steps since
 * {@code reset()}, so nothing outside the observation is needed to act.
 *
 * @param elapsedTime whether the fraction of the episode elapsed is a fifth input
 * @param maxSteps    steps in a full episode, at least 1
 */
public record StateFeatures(boolean elapsedTime, int maxSteps) {

    /** Names of the inputs in order, as the metadata lists them. */
    private static final String[] NAMES = {"cpu", "memory", "requestRate", "servers", "elapsedTime"};

    public StateFeatures {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps " + maxSteps + " is not allowed: must be at least 1");
        }
    }

    /** Number of inputs: 4, or 5 with the elapsed time. */
    public int size() {
        return elapsedTime ? Observation.SIZE + 1 : Observation.SIZE;
    }

    /** The inputs' names, comma-separated. */
    public String names() {
        return String.join(",", Arrays.copyOf(NAMES, size()));
    }

    /**
     * Writes the features of one state into {@code target} from {@code targetOffset}.
     *
     * @param observations      observations laid out as {@code [cpu, memory, requestRate, servers]} rows
     * @param observationOffset where this state's row starts
     * @param step              steps taken in the episode so far (0 at reset)
     */
    public void write(float[] observations, int observationOffset, int step, float[] target, int targetOffset) {
        System.arraycopy(observations, observationOffset, target, targetOffset, Observation.SIZE);
        if (elapsedTime) {
            target[targetOffset + Observation.SIZE] = elapsed(step);
        }
    }

    /** The elapsed-time input for {@code step}. */
    public float elapsed(int step) {
        return (float) step / maxSteps;
    }
}
