package cloudrl.workload;

import cloudrl.api.WorkloadModel;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every built-in workload model: rates are whole, non-negative numbers; the same seed gives the
 * same series; and the long-run mean of what the model emits matches its formula. Rounding a
 * level to the nearest request moves the mean by at most 0.5, the mean-property allowance. The
 * mean properties keep the noise small next to the lowest level, so clamping at zero (which the
 * formulas leave out) practically never happens.
 */
class WorkloadProperties {

    private static final int STEPS = 40_000;
    private static final int BATCHES = 40;
    private static final double ROUNDING = 0.5;

    // ----- any parameters: non-negative, reproducible

    @Property
    void diurnalRatesAreNonNegativeAndReproducible(@ForAll("diurnal") DiurnalWorkload model, @ForAll long seed) {
        requireNonNegativeAndReproducible(model, model, seed);
    }

    @Property
    void burstyRatesAreNonNegativeAndReproducible(@ForAll @DoubleRange(max = 1e4) double calm,
                                                  @ForAll @DoubleRange(max = 1e4) double burst,
                                                  @ForAll @DoubleRange(max = 1) double enter,
                                                  @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(4) double leave,
                                                  @ForAll @DoubleRange(max = 1e4) double noise, @ForAll long seed) {
        requireNonNegativeAndReproducible(new BurstyWorkload(calm, burst, enter, leave, noise),
                new BurstyWorkload(calm, burst, enter, leave, noise), seed);
    }

    @Property
    void ar1RatesAreNonNegativeAndReproducible(@ForAll @DoubleRange(max = 1e4) double mean,
                                               @ForAll @DoubleRange(max = 1e4) double std,
                                               @ForAll @DoubleRange(min = -0.999, max = 0.999) @Scale(4) double phi,
                                               @ForAll long seed) {
        requireNonNegativeAndReproducible(new Ar1Workload(mean, std, phi), new Ar1Workload(mean, std, phi), seed);
    }

    @Property
    void traceRatesAreNonNegativeAndReproducible(@ForAll("traces") int[] rates, @ForAll long seed) {
        requireNonNegativeAndReproducible(TraceWorkload.fromRandomStart(rates), TraceWorkload.fromRandomStart(rates),
                seed);
    }

    // ----- long-run means

    @Property(tries = 60)
    void diurnalMeanIsTheBaseRate(@ForAll @DoubleRange(min = 10, max = 500) double base,
                                  @ForAll @DoubleRange(max = 0.8) double amplitude,
                                  @ForAll @IntRange(min = 2, max = 400) int period,
                                  @ForAll @DoubleRange(min = -500, max = 500) double phase,
                                  @ForAll @DoubleRange(max = 0.25) double noiseShare, @ForAll long seed) {
        double noise = noiseShare * base * (1 - amplitude);
        DiurnalWorkload model = new DiurnalWorkload(base, amplitude, period, phase, noise);
        // whole periods, so the sine sums to zero over the series
        int steps = (STEPS / period) * period;
        SeriesStatistics statistics = SeriesStatistics.of(model, seed, steps, BATCHES);
        assertTrue(statistics.meanMatches(model.longRunMean(), ROUNDING), statistics.describe(model.longRunMean()));
    }

    @Property(tries = 60)
    void burstyMeanWeighsTheStatesByTheirStationaryShares(@ForAll @DoubleRange(min = 10, max = 500) double calm,
                                                          @ForAll @DoubleRange(min = 1, max = 5) double factor,
                                                          @ForAll @DoubleRange(min = 0.01, max = 0.5) double enter,
                                                          @ForAll @DoubleRange(min = 0.05, max = 1) double leave,
                                                          @ForAll @DoubleRange(max = 0.25) double noiseShare,
                                                          @ForAll long seed) {
        BurstyWorkload model = new BurstyWorkload(calm, calm * factor, enter, leave, noiseShare * calm);
        double expected = (leave * calm + enter * calm * factor) / (enter + leave);
        SeriesStatistics statistics = SeriesStatistics.of(model, seed, STEPS, BATCHES);
        assertTrue(Math.abs(model.longRunMean() - expected) < 1e-9 * expected, "formula " + model.longRunMean());
        assertTrue(statistics.meanMatches(expected, ROUNDING), statistics.describe(expected));
    }

    @Property(tries = 60)
    void ar1MeanIsItsCentre(@ForAll @DoubleRange(min = 10, max = 500) double mean,
                            @ForAll @DoubleRange(max = 0.25) double stdShare,
                            @ForAll @DoubleRange(min = -0.9, max = 0.95) double phi, @ForAll long seed) {
        Ar1Workload model = new Ar1Workload(mean, stdShare * mean, phi);
        SeriesStatistics statistics = SeriesStatistics.of(model, seed, STEPS, BATCHES);
        assertTrue(statistics.meanMatches(model.longRunMean(), ROUNDING), statistics.describe(model.longRunMean()));
    }

    @Property(tries = 200)
    void traceMeanOverWholeLoopsIsTheTraceMean(@ForAll("traces") int[] rates, @ForAll @IntRange(max = 10_000) int start,
                                               @ForAll @IntRange(min = 1, max = 5) int loops, @ForAll long seed) {
        double expected = java.util.Arrays.stream(rates).average().orElseThrow();
        for (TraceWorkload model : new TraceWorkload[] {TraceWorkload.from(rates, start),
                TraceWorkload.fromRandomStart(rates)}) {
            int[] series = SeriesStatistics.series(model, seed, loops * rates.length);
            double mean = java.util.Arrays.stream(series).average().orElseThrow();
            assertTrue(Math.abs(mean - expected) < 1e-9 * Math.max(1, expected), mean + " vs " + expected);
            assertTrue(Math.abs(model.longRunMean() - expected) < 1e-9 * Math.max(1, expected));
        }
    }

    @Provide
    Arbitrary<DiurnalWorkload> diurnal() {
        return Combinators.combine(Arbitraries.doubles().between(0, 1e4), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(2, 1e4), Arbitraries.doubles().between(-1e4, 1e4),
                Arbitraries.doubles().between(0, 1e4)).as(DiurnalWorkload::new);
    }

    @Provide
    Arbitrary<int[]> traces() {
        return Arbitraries.integers().between(0, 100_000).array(int[].class).ofMinSize(1).ofMaxSize(500);
    }

    private static void requireNonNegativeAndReproducible(WorkloadModel first, WorkloadModel second, long seed) {
        int[] one = SeriesStatistics.series(first, seed, 300);
        int[] two = SeriesStatistics.series(second, seed, 300);
        for (int rate : one) {
            assertTrue(rate >= 0, "negative rate " + rate);
        }
        assertArrayEquals(one, two, "the same seed gave two different series");
        // a second episode of the same instance, reset with the same seed, repeats the first
        assertArrayEquals(one, SeriesStatistics.series(first, seed, 300), "reset did not restart the series");
    }
}
