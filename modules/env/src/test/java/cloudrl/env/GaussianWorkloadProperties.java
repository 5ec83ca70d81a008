package cloudrl.env;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference traffic: non-negative whole rates, the same seed gives the same series, and the
 * long-run mean matches the formula. Flooring a normal draw whose standard deviation is at least one
 * request lowers its mean by half a request (its fractional part is then uniform to within 1e-8),
 * so the emitted mean is {@code longRunMean() - 0.5} while the base stays five deviations above zero.
 */
class GaussianWorkloadProperties {

    private static final int STEPS = 40_000;

    @Property
    void ratesAreNonNegativeAndReproducible(@ForAll @DoubleRange(max = 1e4) double base,
                                            @ForAll @DoubleRange(max = 1e4) double std, @ForAll long seed) {
        int[] one = series(new GaussianWorkload(base, std), seed, 300);
        int[] two = series(new GaussianWorkload(base, std), seed, 300);
        for (int rate : one) {
            assertTrue(rate >= 0, "negative rate " + rate);
        }
        assertArrayEquals(one, two);
    }

    @Property(tries = 100)
    void meanIsTheBaseLessHalfARequestOfFlooring(@ForAll @DoubleRange(min = 10, max = 1000) double base,
                                                 @ForAll @DoubleRange(min = 0, max = 0.2) double stdShare,
                                                 @ForAll long seed) {
        double std = Math.max(1, stdShare * base);
        GaussianWorkload model = new GaussianWorkload(base, std);
        int[] rates = series(model, seed, STEPS);
        double sum = 0;
        for (int rate : rates) {
            sum += rate;
        }
        double mean = sum / STEPS;
        double expected = model.longRunMean() - 0.5;
        // independent draws: the standard error is std / sqrt(n); six of them, and a hair for the uniformity
        double tolerance = 6 * std / Math.sqrt(STEPS) + 1e-6;
        assertTrue(Math.abs(mean - expected) <= tolerance, "sample mean " + mean + " vs " + expected);
    }

    private static int[] series(GaussianWorkload model, long seed, int steps) {
        SplittableRandom random = new SplittableRandom(seed);
        model.reset(random);
        int[] rates = new int[steps];
        for (int step = 0; step < steps; step++) {
            rates[step] = model.requestRate(step, random);
        }
        return rates;
    }
}
