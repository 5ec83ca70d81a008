package cloudrl.env;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GaussianWorkloadTest {

    @Test
    void withoutNoiseTheRateIsTheFlooredBase() {
        assertEquals(40, new GaussianWorkload(40.9, 0).requestRate(3, new SplittableRandom(1)));
    }

    @Test
    void theMeanAndSpreadMatchTheTask() {
        GaussianWorkload workload = Task.MEDIUM.workload();
        SplittableRandom random = new SplittableRandom(11);
        int n = 200_000;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            int rate = workload.requestRate(i, random);
            sum += rate;
            sumSquares += (double) rate * rate;
        }
        double mean = sum / n;
        double sd = Math.sqrt(sumSquares / n - mean * mean);
        // flooring lowers the mean by about 0.5; clamping at zero is negligible at 4 sigma
        assertEquals(59.5, mean, 0.15);
        assertEquals(15.0, sd, 0.15);
    }

    @Property
    void ratesAreNeverNegative(@ForAll long seed) {
        GaussianWorkload workload = new GaussianWorkload(5, 50);
        SplittableRandom random = new SplittableRandom(seed);
        for (int step = 0; step < 100; step++) {
            assertTrue(workload.requestRate(step, random) >= 0);
        }
    }

    @Test
    void badParametersAreNamed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new GaussianWorkload(10, -1));
        assertEquals("stdDev -1.0 is not allowed: must be in [0, 1e6]", error.getMessage());
    }
}
