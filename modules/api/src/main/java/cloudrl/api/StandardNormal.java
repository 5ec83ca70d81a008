package cloudrl.api;

/**
 * The standard normal distribution's tails, accurate to a few units in the last place of their
 * own size even far out, where {@code 1 - cdf} would have cancelled to zero. The rate distribution
 * needs bins of mass 1e-13 to be right, not just the bulk.
 */
final class StandardNormal {

    private static final double INV_SQRT_2PI = 0.3989422804014327;
    /** Below this the power series is accurate; above it the continued fraction converges fast. */
    private static final double SERIES_LIMIT = 2.5;
    /** Depth of the continued fraction; ample from {@link #SERIES_LIMIT} on (checked by the tests). */
    private static final int FRACTION_DEPTH = 120;

    private StandardNormal() {
    }

    /** The density at {@code x}. */
    static double density(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    /** {@code P(Z > x)}. */
    static double upperTail(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("x is NaN");
        }
        if (x < 0) {
            return 1.0 - upperTail(-x);
        }
        if (x < SERIES_LIMIT) {
            return 0.5 - centralMass(x);
        }
        if (x > 40) {
            return 0.0; // below the smallest double
        }
        // Laplace's continued fraction Q(x) = φ(x) / (x + 1/(x + 2/(x + 3/(x + ...)))), from the bottom up
        double fraction = x;
        for (int k = FRACTION_DEPTH; k >= 1; k--) {
            fraction = x + k / fraction;
        }
        return density(x) / fraction;
    }

    /** {@code P(Z <= x)}. */
    static double cdf(double x) {
        return upperTail(-x);
    }

    /**
     * {@code P(a <= Z < b)} for {@code a <= b}, taken from whichever tail keeps the difference of two
     * small numbers small (so bins far out in either tail keep their relative accuracy).
     */
    static double mass(double a, double b) {
        if (!(a <= b)) {
            throw new IllegalArgumentException("interval [" + a + ", " + b + ") is empty or NaN");
        }
        if (a >= 0) {
            return upperTail(a) - upperTail(b);
        }
        if (b <= 0) {
            return upperTail(-b) - upperTail(-a);
        }
        return 1.0 - upperTail(-a) - upperTail(b);
    }

    // P(0 < Z < x) = φ(x) · (x + x³/3 + x⁵/(3·5) + ...), all terms positive, for 0 <= x < 2.5
    private static double centralMass(double x) {
        double term = x;
        double sum = x;
        double x2 = x * x;
        for (int n = 1; term > 1e-17 * sum; n++) {
            term *= x2 / (2 * n + 1);
            sum += term;
        }
        return density(x) * sum;
    }
}
