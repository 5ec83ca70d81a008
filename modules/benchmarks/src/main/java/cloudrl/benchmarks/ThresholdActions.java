package cloudrl.benchmarks;

import cloudrl.api.Observation;
import cloudrl.policy.ThresholdPolicy;

import java.nio.FloatBuffer;
import java.nio.IntBuffer;

/**
 * The reference heuristic applied to a whole batch of observations at once, as the vector benchmarks
 * need it: the same thresholds as {@link ThresholdPolicy}, read from float32 observations.
 *
 * <p>It is written without branches: whether CPU is above or below a threshold is close to a coin
 * toss, and as {@code if}s the mispredictions cost about 5 ns per environment, a fifth of a step
 * (the C floor's compiler makes the same choice). {@code a - b} is negative, so its sign bit is 1,
 * exactly when {@code a < b}, for any two finite floats.
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
            actions[i] = action(observations[i * Observation.SIZE]);
        }
    }

    /**
     * Writes into {@code actions[i]} the action the heuristic's choice maps to in {@code schemeActions}
     * (the scheme's remove-one, keep and add-one actions), reading environment {@code i}'s CPU at
     * {@code i * stride}.
     */
    void choose(float[] observations, int stride, int[] schemeActions, int[] actions) {
        for (int i = 0; i < actions.length; i++) {
            actions[i] = schemeActions[action(observations[i * stride])];
        }
    }

    /** As {@link #choose(float[], int[])}, reading and writing tensor memory. */
    void choose(FloatBuffer observations, IntBuffer actions) {
        int count = actions.capacity();
        for (int i = 0; i < count; i++) {
            actions.put(i, action(observations.get(i * Observation.SIZE)));
        }
    }

    /** 2 (increase) above the upper threshold, 0 (decrease) below the lower one, else 1 (maintain). */
    int action(float cpu) {
        int above = Float.floatToRawIntBits(scaleUpAbove - cpu) >>> 31;
        int below = Float.floatToRawIntBits(cpu - scaleDownBelow) >>> 31;
        return 1 + above - below;
    }
}
