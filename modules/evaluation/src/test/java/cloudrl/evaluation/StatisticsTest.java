package cloudrl.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatisticsTest {

    /** Table values of t(0.975, df), as printed in any statistics textbook. */
    @ParameterizedTest
    @CsvSource({"1, 12.7062", "2, 4.3027", "3, 3.1824", "4, 2.7764", "5, 2.5706", "10, 2.2281", "20, 2.0860",
            "30, 2.0423", "31, 2.0395", "40, 2.0211", "60, 2.0003", "120, 1.9799", "1999, 1.9612"})
    void studentQuantileMatchesTheTable(int degreesOfFreedom, double expected) {
        assertEquals(expected, MeanInterval.tQuantile975(degreesOfFreedom), 1e-4);
    }

    /**
     * The values the hand-written quantile gave before Commons Statistics replaced it: its table of
     * exact quantiles up to 30 degrees of freedom (kept to 1e-12), and above that the Cornish–Fisher
     * expansion, which it documented as within 1e-5 and which converges to the normal quantile as df grows.
     */
    @ParameterizedTest
    @CsvSource({"1, 12.706204736174694, 1e-12", "2, 4.302652729749462, 1e-12", "5, 2.5705818356363146, 1e-12",
            "10, 2.228138851986274, 1e-12", "29, 2.045229642132703, 1e-12", "30, 2.0422724563012378, 1e-12",
            "31, 2.0395134200869105, 1e-7", "50, 2.0085591097152062, 1e-8", "100, 1.9839715184496338, 1e-9",
            "1999, 1.9611514201705615, 1e-12", "100000, 1.9599877075346095, 1e-12"})
    void libraryQuantileKeepsTheFormerHandWrittenValues(int degreesOfFreedom, double former, double tolerance) {
        assertEquals(former, MeanInterval.tQuantile975(degreesOfFreedom), tolerance);
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
    void aSingleValueHasNoInterval() {
        MeanInterval single = MeanInterval.of(new double[] {7});
        assertEquals(7, single.mean());
        assertTrue(Double.isNaN(single.low()) && Double.isNaN(single.high()), single::toString);
        assertFalse(single.hasInterval());
        assertTrue(MeanInterval.of(new double[] {7, 8}).hasInterval());
    }

    @Test
    void anEmptySampleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MeanInterval.of(new double[0]));
    }
}
