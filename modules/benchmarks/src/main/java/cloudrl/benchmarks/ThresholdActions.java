package cloudrl.benchmarks;

import cloudrl.api.Observation;
import cloudrl.policy.ThresholdPolicy;

import java.nio.FloatBuffer;
import java.nio.IntBuffer;

/**
 * The reference heuristic applied to a whole batch of observations at once, as the vector benchmarks
 * need it: the same thresholds as {@link ThresholdPolicy}, read from float32 observations.
 */
final class ThresholdActions {

    private final float scaleDownBelow;
    private final float scaleUpAbove;

    ThresholdActions(ThresholdPolicy policy) {
        this.scaleDownBelow = (float) policy.scaleDownBelow();
        this.scaleUpAbove = (float) policy.scaleUpAbove();
    }

    /** Writes into {@code actions[i]} the heuristic's action for the observation of environment {@code i}. */
    void choose(float[] observations, int[] actions) {
        for (int i = 0; i < actions.length; i++) {
            float cpu = observations[i * Observation.SIZE];
            actions[i] = cpu > scaleUpAbove ? 2 : cpu < scaleDownBelow ? 0 : 1;
        }
    }

    /** As {@link #choose(float[], int[])}, reading and writing tensor memory. */
    void choose(FloatBuffer observations, IntBuffer actions) {
        int count = actions.capacity();
        for (int i = 0; i < count; i++) {
            float cpu = observations.get(i * Observation.SIZE);
            actions.put(i, cpu > scaleUpAbove ? 2 : cpu < scaleDownBelow ? 0 : 1);
        }
    }
}
