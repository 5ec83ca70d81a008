package cloudrl.api;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A box of float vectors, each coordinate between its own bounds (Gymnasium's {@code Box}).
 * An infinite bound leaves that side open.
 */
public final class Box {

    private final List<String> names;
    private final float[] low;
    private final float[] high;

    /**
     * A box whose coordinates are named {@code x0, x1, ...}.
     *
     * @throws IllegalArgumentException when the bounds differ in length, are NaN, or cross
     */
    public Box(float[] low, float[] high) {
        this(numbered(low.length), low, high);
    }

    /**
     * A box whose coordinates are the named features of an observation.
     *
     * @param names one name per coordinate, distinct
     * @throws IllegalArgumentException when names and bounds differ in length, names repeat, or bounds are NaN or cross
     */
    public Box(List<String> names, float[] low, float[] high) {
        if (names.size() != low.length) {
            throw new IllegalArgumentException(names.size() + " names for " + low.length + " bounds");
        }
        if (Set.copyOf(names).size() != names.size()) {
            throw new IllegalArgumentException("feature names " + names + " repeat a name");
        }
        this.names = List.copyOf(names);
        if (low.length != high.length) {
            throw new IllegalArgumentException("low has " + low.length + " bounds but high has " + high.length);
        }
        for (int i = 0; i < low.length; i++) {
            if (Float.isNaN(low[i]) || Float.isNaN(high[i]) || low[i] > high[i]) {
                throw new IllegalArgumentException("bounds [" + low[i] + ", " + high[i] + "] at index " + i
                        + " are not an interval");
            }
        }
        this.low = low.clone();
        this.high = high.clone();
    }

    private static List<String> numbered(int size) {
        String[] names = new String[size];
        for (int i = 0; i < size; i++) {
            names[i] = "x" + i;
        }
        return List.of(names);
    }

    /** The coordinates' names, in order. */
    public List<String> names() {
        return names;
    }

    /** The index of the coordinate called {@code name}, or -1. */
    public int indexOf(String name) {
        return names.indexOf(name);
    }

    /** Number of coordinates. */
    public int dimension() {
        return low.length;
    }

    /** Lower bounds, a copy. */
    public float[] low() {
        return low.clone();
    }

    /** Upper bounds, a copy. */
    public float[] high() {
        return high.clone();
    }

    /** Whether {@code values} has this box's dimension and lies inside every bound. */
    public boolean contains(float[] values) {
        if (values == null || values.length != low.length) {
            return false;
        }
        for (int i = 0; i < low.length; i++) {
            if (!(values[i] >= low[i] && values[i] <= high[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the observation's float32 form lies inside the box. */
    public boolean contains(Observation observation) {
        return contains(observation.toArray());
    }

    /**
     * A random point of the box: uniform where both bounds are finite, exponential past a single
     * finite bound, standard normal where both sides are open (as Gymnasium samples).
     */
    public float[] sample(RandomGenerator random) {
        float[] point = new float[low.length];
        for (int i = 0; i < low.length; i++) {
            boolean lowOpen = Float.isInfinite(low[i]);
            boolean highOpen = Float.isInfinite(high[i]);
            double value;
            if (!lowOpen && !highOpen) {
                value = low[i] + random.nextDouble() * ((double) high[i] - low[i]);
            } else if (!lowOpen) {
                value = low[i] + random.nextExponential();
            } else if (!highOpen) {
                value = high[i] - random.nextExponential();
            } else {
                value = random.nextGaussian();
            }
            point[i] = (float) Math.min(high[i], Math.max(low[i], value));
        }
        return point;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Box box && names.equals(box.names) && Arrays.equals(low, box.low)
                && Arrays.equals(high, box.high);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(low) + Arrays.hashCode(high);
    }

    @Override
    public String toString() {
        return "Box(names=" + names + ", low=" + Arrays.toString(low) + ", high=" + Arrays.toString(high) + ")";
    }
}
