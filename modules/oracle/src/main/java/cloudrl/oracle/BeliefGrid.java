package cloudrl.oracle;

import java.util.Arrays;

/**
 * Grid points in the belief interval [0, 1], both ends included, denser near the ends: the
 * Chebyshev–Lobatto points {@code g_i = (1 - cos(π i / n)) / 2}, {@code i = 0 .. n}. Rates far apart
 * in the two regimes drive the belief to within a hair of 0 or 1, so that is where most beliefs lie
 * and where the spacing (about {@code 2.5 / n²} at the ends, {@code π / 2n} in the middle) is finest.
 */
final class BeliefGrid {

    private final double[] points;

    /** @param intervals {@code n}, at least 1: {@code n + 1} points */
    BeliefGrid(int intervals) {
        if (intervals < 1) {
            throw new IllegalArgumentException("a belief grid of " + intervals + " intervals is not allowed: at least 1");
        }
        points = new double[intervals + 1];
        for (int i = 0; i <= intervals; i++) {
            points[i] = (1 - Math.cos(Math.PI * i / intervals)) / 2;
        }
        points[0] = 0;
        points[intervals] = 1;
    }

    /** Number of points. */
    int size() {
        return points.length;
    }

    double point(int index) {
        return points[index];
    }

    /** The index of the point nearest {@code belief} (the lower one on a tie). */
    int nearest(double belief) {
        int low = bracket(belief);
        return belief - points[low] <= points[low + 1] - belief ? low : low + 1;
    }

    /** The {@code j} with {@code g_j ≤ belief ≤ g_{j+1}}, {@code 0 ≤ j < size() - 1}; beliefs outside [0, 1] are clamped. */
    int bracket(double belief) {
        int found = Arrays.binarySearch(points, belief);
        int below = found >= 0 ? found : -found - 2;
        return Math.max(0, Math.min(points.length - 2, below));
    }

    /** The weight of {@code g_{j+1}} in the linear interpolation at {@code belief} on bracket {@code j}. */
    double weight(double belief, int bracket) {
        double weight = (belief - points[bracket]) / (points[bracket + 1] - points[bracket]);
        return Math.max(0, Math.min(1, weight));
    }
}
