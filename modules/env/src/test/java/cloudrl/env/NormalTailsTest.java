package cloudrl.env;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The rate distribution takes its normal tails from Commons Statistics. These are the checks the
 * hand-written tails it replaced had to pass, and that code's own values, so the oracle's figures
 * stay what they were.
 */
class NormalTailsTest {

    private static final NormalDistribution Z = NormalDistribution.of(0, 1);

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
        assertEquals(expected, Z.survivalProbability(x), expected * 1e-13);
    }

    // what the former hand-written StandardNormal.upperTail returned (series below 2.5, Laplace's
    // continued fraction above); the two agree to 1e-13 relative even 37 standard deviations out
    @ParameterizedTest
    @CsvSource({
        "-1, 0.841344746068543",
        "0.5, 0.30853753872598694",
        "2, 0.02275013194817932",
        "2.4999, 0.006211418374944544",
        "2.5, 0.006209665325776136",
        "5, 2.866515718791939E-7",
        "8, 6.220960574271785E-16",
        "20, 2.753624118606234E-89",
        "37, 5.725571222524576E-300"
    })
    void upperTailKeepsTheFormerHandWrittenValues(double x, double former) {
        assertEquals(former, Z.survivalProbability(x), former * 1e-13);
    }

    @Test
    void cdfIsTheMirroredTail() {
        assertEquals(0.15865525393145705, Z.cumulativeProbability(-1), 1e-16);
        assertEquals(1 - 0.0013498980316300945, Z.cumulativeProbability(3), 1e-16);
    }

    @Test
    void massOfAFarBinKeepsItsRelativeAccuracy() {
        // P(8 <= Z < 10) = Q(8) - Q(10), a difference 1 - cdf could never resolve
        double expected = 6.2209605742717841e-16 - 7.6198530241605261e-24;
        assertEquals(expected, Z.probability(8, 10), expected * 1e-12);
        assertEquals(expected, Z.probability(-10, -8), expected * 1e-12);
        assertEquals(1 - 2 * 0.15865525393145705, Z.probability(-1, 1), 1e-15);
        // the former hand-written mass of a central bin
        assertEquals(0.17877663833782392, Z.probability(0.2, 0.7), 1e-16);
    }
}
