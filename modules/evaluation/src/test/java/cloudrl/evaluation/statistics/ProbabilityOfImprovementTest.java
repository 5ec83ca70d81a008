package cloudrl.evaluation.statistics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProbabilityOfImprovementTest {

    @Test
    void pairsAreCountedWithTiesAsHalf() {
        // x = {1, 2, 3}, y = {0, 2, 4}: x wins 1>0, 2>0, 3>0, 3>2 (4 pairs), ties 2=2 (one half), of 9 pairs
        assertEquals(4.5 / 9, ProbabilityOfImprovement.ofTask(new double[] {1, 2, 3}, new double[] {0, 2, 4}), 1e-15);
        assertEquals(1.0, ProbabilityOfImprovement.ofTask(new double[] {5, 6}, new double[] {1, 2}), 0.0);
        assertEquals(0.0, ProbabilityOfImprovement.ofTask(new double[] {1, 2}, new double[] {5, 6}), 0.0);
        assertEquals(0.5, ProbabilityOfImprovement.ofTask(new double[] {1, 1}, new double[] {1, 1, 1}), 0.0);
        // x = {2}, y = {1, 2, 2, 3}: one win, two ties, one loss -> (1 + 1) / 4
        assertEquals(0.5, ProbabilityOfImprovement.ofTask(new double[] {2}, new double[] {1, 2, 2, 3}), 0.0);
        // x = {3, 3}, y = {1, 3, 5}: each 3 beats 1 and ties 3 -> 2 · 1.5 / 6
        assertEquals(0.5, ProbabilityOfImprovement.ofTask(new double[] {3, 3}, new double[] {1, 3, 5}), 0.0);
        // x = {4}, y = {1, 3, 5}: beats two of three
        assertEquals(2.0 / 3, ProbabilityOfImprovement.ofTask(new double[] {4}, new double[] {1, 3, 5}), 1e-15);
    }

    @Test
    void tasksAreAveraged() {
        StratifiedScores x = StratifiedScores.of(new double[] {5, 6}, new double[] {1, 2, 3});
        StratifiedScores y = StratifiedScores.of(new double[] {1, 2}, new double[] {0, 2, 4});
        assertEquals((1.0 + 0.5) / 2, ProbabilityOfImprovement.of(x, y), 1e-15);
    }

    @Test
    void itsBootstrapIntervalHoldsTheEstimateAndStaysInZeroToOne() {
        StratifiedScores x = StratifiedScores.of(new double[] {3, 5, 4, 6, 2, 7, 5, 4}, new double[] {1, 2, 3, 2});
        StratifiedScores y = StratifiedScores.of(new double[] {1, 4, 2, 3, 5, 1, 2, 3}, new double[] {2, 1, 1, 3});
        IntervalEstimate interval = new StratifiedBootstrap(2_000, 0.95, 3)
                .interval(x, y, ProbabilityOfImprovement::of);
        assertEquals(ProbabilityOfImprovement.of(x, y), interval.estimate(), 0.0);
        assertTrue(interval.low() <= interval.estimate() && interval.estimate() <= interval.high(),
                interval::toString);
        assertTrue(interval.low() >= 0 && interval.high() <= 1, interval::toString);
        assertTrue(interval.high() - interval.low() > 0.05, interval::toString);
        // completely separated samples stay separated in every replicate
        IntervalEstimate certain = new StratifiedBootstrap(500, 0.95, 3).interval(
                StratifiedScores.of(new double[] {10, 11, 12}), StratifiedScores.of(new double[] {1, 2, 3}),
                ProbabilityOfImprovement::of);
        assertEquals(new IntervalEstimate(1, 1, 1), certain);
    }

    @Test
    void differentTaskCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ProbabilityOfImprovement.of(
                StratifiedScores.of(new double[] {1}), StratifiedScores.of(new double[] {1}, new double[] {2})));
    }
}
