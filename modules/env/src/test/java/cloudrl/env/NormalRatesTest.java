package cloudrl.env;

import cloudrl.api.RateDistribution;

import cloudrl.api.TrafficChain;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NormalRatesTest {

    private static final double TAIL = TrafficChain.DEFAULT_TAIL_MASS;

    @Test
    void smallRatesComeFromTheNormalCdfWithZeroGatheringEverythingBelowOne() {
        // base 0.5, std 1: P(0) = Φ(0.5), P(1) = Φ(1.5) - Φ(0.5), P(2) = Φ(2.5) - Φ(1.5)
        RateDistribution rates = NormalRates.flooredNormal(0.5, 1, TAIL);
        assertEquals(0, rates.lowestRate());
        assertEquals(0.6914624612740131, rates.probability(0), 1e-15);
        assertEquals(0.24173033745712883, rates.probability(1), 1e-15);
        assertEquals(0.060597535943081931, rates.probability(2), 1e-15);
        assertEquals(0.0, rates.probability(-1));
    }

    @Test
    void zeroSpreadIsTheFlooredBaseForCertain() {
        RateDistribution rates = NormalRates.flooredNormal(3.7, 0, TAIL);
        assertEquals(3, rates.lowestRate());
        assertEquals(3, rates.highestRate());
        assertEquals(1.0, rates.probability(3));
        assertEquals(0.0, rates.missingMass());
        assertEquals(0, NormalRates.flooredNormal(0, 0, TAIL).lowestRate());
    }

    @ParameterizedTest
    @CsvSource({"40, 5", "60, 15", "80, 25"}) // the easy, medium and hard tasks' traffic
    void keptMassPlusMissingMassIsOneAndTheMissingMassIsWithinTheCut(double base, double std) {
        RateDistribution rates = NormalRates.flooredNormal(base, std, TAIL);
        double kept = 0;
        for (double p : rates.probabilities()) {
            kept += p;
        }
        assertEquals(1.0, kept + rates.missingMass(), 1e-14);
        assertTrue(rates.missingMass() <= TAIL, () -> "missing " + rates.missingMass());
        // the cut is tight: one more rate on either side would hold more than the allowed tail
        assertTrue(NormalDistribution.of(0, 1).survivalProbability((rates.highestRate() - base) / std) > TAIL / 2);
        if (rates.lowestRate() > 0) {
            assertTrue(NormalDistribution.of(0, 1).cumulativeProbability((rates.lowestRate() + 1 - base) / std) > TAIL / 2);
        }
    }

    @Test
    void theEasyTaskIsCutAboutSevenStandardDeviationsOut() {
        RateDistribution rates = NormalRates.flooredNormal(40, 5, TAIL);
        // Q(7.13) ≈ 5e-13, so with base 40 and std 5 the kept rates end near 40 ± 35.7
        assertEquals(4, rates.lowestRate());
        assertEquals(75, rates.highestRate());
    }

    @Test
    void badTailMassAndTooWideSpreadsAreRejectedWithTheReason() {
        IllegalArgumentException tail = assertThrows(IllegalArgumentException.class,
                () -> NormalRates.flooredNormal(10, 1, 0));
        assertTrue(tail.getMessage().contains("tailMass 0.0"), tail.getMessage());
        IllegalArgumentException wide = assertThrows(IllegalArgumentException.class,
                () -> NormalRates.flooredNormal(10, 1e6, TAIL));
        assertTrue(wide.getMessage().contains("std 1000000.0"), wide.getMessage());
    }
}
