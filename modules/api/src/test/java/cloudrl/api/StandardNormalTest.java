package cloudrl.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StandardNormalTest {

    // reference upper tails Q(x) = P(Z > x), from tables computed at 30 significant digits
    @ParameterizedTest
    @CsvSource({
        "0, 0.5",
        "0.5, 0.3085375387259869",
        "1, 0.15865525393145705",
        "1.5, 0.066807201268858066",
        "2.4999, 0.0062114183749445897",
        "2.5, 0.0062096653257761352",
        "3, 0.0013498980316300945",
        "5, 2.8665157187919391e-7",
        "8, 6.2209605742717841e-16",
        "10, 7.6198530241605261e-24",
        "20, 2.7536241186062337e-89",
        "-3, 0.99865010196836991"
    })
    void upperTailMatchesTablesToRelativePrecision(double x, double expected) {
        assertEquals(expected, StandardNormal.upperTail(x), expected * 1e-13);
    }

    @Test
    void cdfIsTheMirroredTail() {
        assertEquals(0.15865525393145705, StandardNormal.cdf(-1), 1e-16);
        assertEquals(1 - 0.0013498980316300945, StandardNormal.cdf(3), 1e-16);
    }

    @Test
    void massOfAFarBinKeepsItsRelativeAccuracy() {
        // P(8 <= Z < 10) = Q(8) - Q(10), a difference 1 - cdf could never resolve
        double expected = 6.2209605742717841e-16 - 7.6198530241605261e-24;
        assertEquals(expected, StandardNormal.mass(8, 10), expected * 1e-12);
        assertEquals(expected, StandardNormal.mass(-10, -8), expected * 1e-12);
        assertEquals(1 - 2 * 0.15865525393145705, StandardNormal.mass(-1, 1), 1e-15);
    }

    @Test
    void emptyOrNanIntervalsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> StandardNormal.mass(1, 0));
        assertThrows(IllegalArgumentException.class, () -> StandardNormal.upperTail(Double.NaN));
    }
}
