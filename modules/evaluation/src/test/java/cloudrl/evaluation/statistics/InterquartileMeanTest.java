package cloudrl.evaluation.statistics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InterquartileMeanTest {

    @Test
    void tenScoresDropTwoFromEachEnd() {
        // sorted: -50 1 | 2 3 4 5 6 7 | 8 100  -> (2 + 3 + 4 + 5 + 6 + 7) / 6 = 4.5, whatever the outliers
        assertEquals(4.5, InterquartileMean.of(new double[] {100, 1, 3, 2, 5, 4, 7, 6, -50, 8}), 1e-15);
    }

    @Test
    void theCutIsTheFloorOfAQuarter() {
        // n = 5: floor(1.25) = 1 from each end -> mean(2, 3, 4)
        assertEquals(3.0, InterquartileMean.of(new double[] {5, 1, 4, 2, 3}), 1e-15);
        // n = 7: floor(1.75) = 1 -> mean(2, 3, 4, 5, 6)
        assertEquals(4.0, InterquartileMean.of(new double[] {9, 1, 2, 3, 4, 5, 6}), 1e-15);
        // n = 3: floor(0.75) = 0 -> the plain mean
        assertEquals(2.0, InterquartileMean.of(new double[] {3, 1, 2}), 1e-15);
        assertEquals(7.0, InterquartileMean.of(new double[] {7}), 0.0);
    }

    @Test
    void tasksArePooledBeforeTrimming() {
        // pooled and sorted: 1 2 | 3 4 5 6 | 8 70
        StratifiedScores scores = StratifiedScores.of(new double[] {1, 2, 3, 4}, new double[] {5, 6, 70, 8});
        assertEquals(4.5, InterquartileMean.of(scores), 1e-15);
        assertEquals(4.5, AggregateMetric.interquartileMean().of(scores), 1e-15);
    }

    @Test
    void theAggregateMeanAveragesTaskMeans() {
        // task means 2.5 and 6 (unequal run counts do not weigh a task more)
        StratifiedScores scores = StratifiedScores.of(new double[] {1, 2, 3, 4}, new double[] {5, 7});
        assertEquals(4.25, AggregateMetric.mean().of(scores), 1e-15);
    }

    @Test
    void emptyInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> InterquartileMean.of(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> StratifiedScores.of(new double[] {1}, new double[0]));
        assertThrows(IllegalArgumentException.class, () -> StratifiedScores.of(new double[] {Double.NaN}));
    }
}
