package cloudrl.reward;

import cloudrl.api.RewardBreakdown;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rewards computed by hand from the formulas in docs/reward-and-grading.md. */
class SeedShapedRewardTest {

    private final SeedShapedReward reward = SeedShapedReward.defaults();

    @Test
    void bothAtTheCentreWithThreeServers() {
        // 1.0 + 1.0 - 0.15 - 0 = 1.85 -> (1.85 + 5) / 7
        assertEquals(6.85 / 7, reward.reward(55, 55, 99, 3), 1e-12);
    }

    @Test
    void cpuOnTheEdgeAndMemoryBelowTheBand() {
        // cpu 0.5, memory -0.3 - 0.04, cost -0.1, mixed -0.1: total -0.04
        assertEquals(4.96 / 7, reward.reward(40, 36, 48, 2), 1e-12);
    }

    @Test
    void bothAboveTheBandOnOneServer() {
        // cpu -1 - 0.30, memory -1 - 0.20, cost -0.05, mixed -0.1: total -2.65
        assertEquals(2.35 / 7, reward.reward(100, 90, 60, 1), 1e-12);
    }

    @Test
    void insideTheBandScoresFallLinearlyFromTheCentre() {
        TargetBand band = TargetBand.DEFAULT;
        assertEquals(1.0, band.score(55), 1e-12);
        assertEquals(0.5, band.score(40), 1e-12);
        assertEquals(0.5, band.score(70), 1e-12);
        assertEquals(0.75, band.score(47.5), 1e-12);
        assertEquals(-0.3, band.score(39.9999999999), 1e-9);
        assertEquals(-1.0, band.score(70.0000000001), 1e-9);
    }

    @Test
    void theTotalIsClampedToZero() {
        // -0.7 - 0.7 - 5 - 0.1 is far below -5
        assertEquals(0.0, reward.reward(0, 0, 0, 100), 0.0);
    }

    @Test
    void theBreakdownNamesItsPartsAndAgreesWithTheValue() {
        RewardBreakdown breakdown = reward.explain(50, 45, 90, 3);
        assertEquals(reward.reward(50, 45, 90, 3), breakdown.value(), 0.0);
        double cpu = 1 - 0.5 * 5 / 15;
        double memory = 1 - 0.5 * 10 / 15;
        assertEquals(cpu, breakdown.components().get("cpu"), 1e-12);
        assertEquals(memory, breakdown.components().get("memory"), 1e-12);
        assertEquals(-0.15, breakdown.components().get("cost"), 1e-12);
        assertEquals(0.0, breakdown.components().get("penalty"), 0.0);
        assertEquals((cpu + memory - 0.15 + 5) / 7, breakdown.value(), 1e-12);
    }

    @Test
    void settingsAreConfigurable() {
        SeedShapedReward custom = new SeedShapedReward(new TargetBand(50, 80), new TargetBand(50, 80), 0.2, 0.3);
        // cpu 45 below: -0.35; memory 65 centre: 1.0; cost -0.4; mixed -0.3: total -0.05
        assertEquals(4.95 / 7, custom.reward(45, 65, 54, 2), 1e-12);
    }

    @Test
    void badSettingsNameTheValueAndTheRange() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new SeedShapedReward(TargetBand.DEFAULT, TargetBand.DEFAULT, -0.1, 0.1));
        assertTrue(error.getMessage().contains("costWeight -0.1"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TargetBand(70, 40));
        assertThrows(IllegalArgumentException.class, () -> new TargetBand(-1, 40));
        assertThrows(IllegalArgumentException.class,
                () -> new SeedShapedReward(TargetBand.DEFAULT, TargetBand.DEFAULT, 0.05, 1.5));
    }
}
