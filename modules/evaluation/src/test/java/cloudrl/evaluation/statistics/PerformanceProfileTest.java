package cloudrl.evaluation.statistics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PerformanceProfileTest {

    private static final StratifiedScores SCORES = StratifiedScores.of(new double[] {1, 2, 3, 4}, new double[] {5, 6});

    @Test
    void theProfileIsTheFractionOfAllRunsStrictlyAboveEachThreshold() {
        // six runs pooled; above 3: 4, 5, 6; a run equal to the threshold is not above it
        assertArrayEquals(new double[] {1.0, 5 / 6.0, 0.5, 0.0}, PerformanceProfile.of(SCORES,
                new double[] {0, 1, 3, 6}), 1e-15);
    }

    @Test
    void everyThresholdGetsAnIntervalAroundItsFraction() {
        double[] thresholds = {0, 3, 6};
        List<IntervalEstimate> profile = PerformanceProfile.withIntervals(SCORES, thresholds,
                new StratifiedBootstrap(1_000, 0.95, 11));
        assertEquals(3, profile.size());
        // below every score and above every score no resample can change the fraction
        assertEquals(new IntervalEstimate(1, 1, 1), profile.get(0));
        assertEquals(new IntervalEstimate(0, 0, 0), profile.get(2));
        IntervalEstimate middle = profile.get(1);
        assertEquals(0.5, middle.estimate(), 1e-15);
        assertTrue(middle.low() < 0.5 && middle.high() > 0.5, middle::toString);
        // stratified: task 2's runs (5 and 6) are always above 3, so at least 2 of 6 runs are
        assertTrue(middle.low() >= 2 / 6.0, middle::toString);
    }
}
