package com.example.window;

import java.util.Arrays;

/** The last {@code size} values seen, oldest first dropped. Version 2.0.0: the mean and, new here, the median. */
public final class Window {

    private final double[] values;
    private int count;
    private int next;

    /** An empty window of {@code size} values. */
    public Window(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a window holds at least one value, not " + size);
        }
        values = new double[size];
    }

    /** Adds {@code value}, dropping the oldest when the window is full. */
    public void add(double value) {
        values[next] = value;
        next = (next + 1) % values.length;
        count = Math.min(count + 1, values.length);
    }

    /** The mean of the values held; NaN when empty. */
    public double mean() {
        return count == 0 ? Double.NaN : Arrays.stream(values, 0, count).average().orElseThrow();
    }

    /** The median of the values held (the mean of the middle two for an even count); NaN when empty. */
    public double median() {
        if (count == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
    }

    /** Forgets every value. */
    public void clear() {
        count = 0;
        next = 0;
    }

    /** This library's version, from its module descriptor. */
    public static String version() {
        return Window.class.getModule().getDescriptor() == null ? "unknown"
                : Window.class.getModule().getDescriptor().toNameAndVersion();
    }
}
