package cloudrl.agents;

import cloudrl.api.Observation;

import java.util.Arrays;

/**
 * The last {@code depth} observations of each of several environments, newest first, as the
 * networks' stacked input. An episode's first observation fills every slot (the usual padding for
 * frame stacking), so the input has one shape from the first step on and says "no change so far".
 */
final class ObservationHistory {

    private final int depth;
    private final float[][] rows;

    /** @param depth observations kept per environment, at least 1 */
    ObservationHistory(int environments, int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("history " + depth + " is not allowed: must be at least 1");
        }
        this.depth = depth;
        this.rows = new float[environments][depth * Observation.SIZE];
    }

    /** Starts environment {@code env}'s episode with the observation at {@code offset} of {@code source}. */
    void start(int env, float[] source, int offset) {
        float[] row = rows[env];
        for (int slot = 0; slot < depth; slot++) {
            System.arraycopy(source, offset, row, slot * Observation.SIZE, Observation.SIZE);
        }
    }

    /** Adds the observation at {@code offset} of {@code source} as environment {@code env}'s newest. */
    void push(int env, float[] source, int offset) {
        float[] row = rows[env];
        System.arraycopy(row, 0, row, Observation.SIZE, (depth - 1) * Observation.SIZE);
        System.arraycopy(source, offset, row, 0, Observation.SIZE);
    }

    /** Writes environment {@code env}'s stacked observations, newest first, into {@code target} from {@code offset}. */
    void write(int env, float[] target, int offset) {
        System.arraycopy(rows[env], 0, target, offset, rows[env].length);
    }

    /** Values written per environment: {@code depth x 4}. */
    int width() {
        return depth * Observation.SIZE;
    }

    @Override
    public String toString() {
        return "ObservationHistory[depth=" + depth + ", first=" + Arrays.toString(rows.length == 0 ? null : rows[0]) + "]";
    }
}
