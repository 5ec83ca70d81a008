package cloudrl.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StatisticsTest {

    /** Table values of t(0.975, df), as printed in any statistics textbook. */
    @ParameterizedTest
    @CsvSource({"1, 12.7062", "2, 4.3027", "3, 3.1824", "4, 2.7764", "5, 2.5706", "10, 2.2281", "20, 2.0860",
            "30, 2.0423", "31, 2.0395", "40, 2.0211", "60, 2.0003", "120, 1.9799", "1999, 1.9612"})
    void studentQuantileMatchesTheTable(int degreesOfFreedom, double expected) {
        assertEquals(expected, StudentT.quantile975(degreesOfFreedom), 1e-4);
    }

    @Test
    void intervalOfOneToFiveByHand() {
        // mean 3, s = sqrt(2.5), se = sqrt(0.5), t(4) = 2.7764
        MeanInterval interval = MeanInterval.of(new double[] {1, 2, 3, 4, 5});
        assertEquals(3.0, interval.mean(), 1e-12);
        double half = 2.776445 * Math.sqrt(0.5);
        assertEquals(3 - half, interval.low(), 1e-6);
        assertEquals(3 + half, interval.high(), 1e-6);
    }

    @Test
    void aSingleValueHasAZeroWidthInterval() {
        assertEquals(new MeanInterval(7, 7, 7), MeanInterval.of(new double[] {7}));
    }

    @Test
    void anEmptySampleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MeanInterval.of(new double[0]));
    }
}
