package cloudrl.agents;


import java.util.Arrays;

/**
 * The last {@code depth} observations of each of several environments, newest first, as the
 * networks' stacked input. An episode's first observation fills every slot (the usual padding for
 * frame stacking), so the input has one shape from the first step on and says "no change so far".
 */
final class ObservationHistory {

    private final int depth;
    private final int size;
    private final float[][] rows;

    /**
     * @param depth observations kept per environment, at least 1
     * @param size  values in one observation
     */
    ObservationHistory(int environments, int depth, int size) {
        if (depth < 1) {
            throw new IllegalArgumentException("history " + depth + " is not allowed: must be at least 1");
        }
        this.depth = depth;
        this.size = size;
        this.rows = new float[environments][depth * size];
    }

    /** Starts environment {@code env}'s episode with the observation at {@code offset} of {@code source}. */
    void start(int env, float[] source, int offset) {
        float[] row = rows[env];
        for (int slot = 0; slot < depth; slot++) {
            System.arraycopy(source, offset, row, slot * size, size);
        }
    }

    /** Adds the observation at {@code offset} of {@code source} as environment {@code env}'s newest. */
    void push(int env, float[] source, int offset) {
        float[] row = rows[env];
        System.arraycopy(row, 0, row, size, (depth - 1) * size);
        System.arraycopy(source, offset, row, 0, size);
    }

    /** Writes environment {@code env}'s stacked observations, newest first, into {@code target} from {@code offset}. */
    void write(int env, float[] target, int offset) {
        System.arraycopy(rows[env], 0, target, offset, rows[env].length);
    }

    /** Values written per environment: {@code depth x size}. */
    int width() {
        return depth * size;
    }

    @Override
    public String toString() {
        return "ObservationHistory[depth=" + depth + ", first=" + Arrays.toString(rows.length == 0 ? null : rows[0]) + "]";
    }
}
