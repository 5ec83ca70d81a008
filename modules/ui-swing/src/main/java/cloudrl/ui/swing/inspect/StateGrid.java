package cloudrl.ui.swing.inspect;

import java.util.Objects;

/**
 * Values over a grid of two features, such as the action a policy takes at each number of servers
 * and request rate. Row {@code y}, column {@code x} holds the value at {@code (xs[x], ys[y])}.
 *
 * @param title  what the values are
 * @param xLabel the feature along the columns
 * @param yLabel the feature along the rows
 * @param xs     the column features' values, ascending
 * @param ys     the row features' values, ascending
 * @param values {@code values[y][x]}; {@link Double#NaN} where there is none (a policy that refused the state)
 */
public record StateGrid(String title, String xLabel, String yLabel, double[] xs, double[] ys, double[][] values) {

    public StateGrid {
        Objects.requireNonNull(title, "title");
        xs = xs.clone();
        ys = ys.clone();
        if (values.length != ys.length) {
            throw new IllegalArgumentException("a grid of " + ys.length + " rows got " + values.length);
        }
        double[][] copy = new double[values.length][];
        for (int y = 0; y < values.length; y++) {
            if (values[y].length != xs.length) {
                throw new IllegalArgumentException("row " + y + " has " + values[y].length + " values, not " + xs.length);
            }
            copy[y] = values[y].clone();
        }
        values = copy;
    }

    /** This grid under another title. */
    public StateGrid titled(String other) {
        return new StateGrid(other, xLabel, yLabel, xs, ys, values);
    }

    /** Whether some cell has no value. */
    public boolean hasGaps() {
        for (double[] row : values) {
            for (double value : row) {
                if (Double.isNaN(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The value at column {@code x}, row {@code y}. */
    public double at(int x, int y) {
        return values[y][x];
    }

    /** The value where the column feature is {@code xValue} and the row feature {@code yValue}. */
    public double valueAt(double xValue, double yValue) {
        return values[indexOf(ys, yValue, yLabel)][indexOf(xs, xValue, xLabel)];
    }

    /** Column width, the step between two column values (1 for a single column). */
    public double xStep() {
        return xs.length > 1 ? xs[1] - xs[0] : 1;
    }

    /** Row height, the step between two row values (1 for a single row). */
    public double yStep() {
        return ys.length > 1 ? ys[1] - ys[0] : 1;
    }

    @Override
    public double[] xs() {
        return xs.clone();
    }

    @Override
    public double[] ys() {
        return ys.clone();
    }

    @Override
    public double[][] values() {
        double[][] copy = new double[values.length][];
        for (int y = 0; y < values.length; y++) {
            copy[y] = values[y].clone();
        }
        return copy;
    }

    private static int indexOf(double[] axis, double value, String label) {
        for (int i = 0; i < axis.length; i++) {
            if (axis[i] == value) {
                return i;
            }
        }
        throw new IllegalArgumentException(label + " " + value + " is not on this grid");
    }
}
