package cloudrl.agents;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ObservationNormaliserTest {

    @Test
    void batchesMergeToTheStatisticsOfTheWholeSample() {
        float[] rows = {1, 10, 2, 20, 3, 30, 4, 40, 10, 100};
        ObservationNormaliser byBatches = new ObservationNormaliser(2);
        byBatches.update(rows, 0, 2, null);
        byBatches.update(rows, 2, 3, null);
        byBatches.update(rows, 3, 5, null);
        // mean of 1, 2, 3, 4, 10 is 4; squared deviations 9 + 4 + 1 + 0 + 36 = 50, over 5 rows: 10
        assertEquals(5, byBatches.count());
        assertArrayEquals(new double[] {4, 40}, byBatches.mean(), 1e-12);
        assertArrayEquals(new double[] {10, 1000}, byBatches.variance(), 1e-9);
        assertArrayEquals(new float[] {(float) (1 / Math.sqrt(10 + 1e-8)), (float) (1 / Math.sqrt(1000 + 1e-8))},
                byBatches.scale());
    }

    @Test
    void skipsExcludedRows() {
        ObservationNormaliser normaliser = new ObservationNormaliser(1);
        normaliser.update(new float[] {1, 1000, 3}, 0, 3, new boolean[] {true, false, true});
        assertArrayEquals(new double[] {2}, normaliser.mean(), 1e-12);
        assertArrayEquals(new double[] {1}, normaliser.variance(), 1e-12);
    }

    @Test
    void staysAccurateOverManyRows() {
        SplittableRandom random = new SplittableRandom(5);
        ObservationNormaliser normaliser = new ObservationNormaliser(1);
        float[] batch = new float[1000];
        for (int k = 0; k < 1000; k++) {
            for (int i = 0; i < batch.length; i++) {
                batch[i] = (float) (1e4 + 3 * random.nextGaussian());
            }
            normaliser.update(batch, 0, batch.length, null);
        }
        assertEquals(1e4, normaliser.mean()[0], 0.02);
        assertEquals(9, normaliser.variance()[0], 0.1);
    }

    @Test
    void beforeAnyDataItLeavesInputsAsTheyAre() {
        ObservationNormaliser fresh = new ObservationNormaliser(3);
        assertArrayEquals(new float[] {0, 0, 0}, fresh.shift());
        assertArrayEquals(new double[] {1, 1, 1}, fresh.variance());
    }

    @Test
    void restoresSavedStatistics() {
        ObservationNormaliser restored = ObservationNormaliser.restore(5, new double[] {4}, new double[] {10});
        restored.update(new float[] {4}, 0, 1, null);
        // one more row at the mean: the variance becomes 50 / 6
        assertArrayEquals(new double[] {50.0 / 6}, restored.variance(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> ObservationNormaliser.restore(1, new double[] {0},
                new double[] {-1}));
    }
}
