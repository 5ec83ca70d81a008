package cloudrl.policy;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HpaPolicyTest {

    private static Observation state(double cpu, int servers) {
        return new Observation(cpu, cpu * 0.9, 10, servers);
    }

    @Test
    void recommendsTheCeilingOfServersTimesTheUtilisationRatio() {
        HpaPolicy hpa = new HpaPolicy(50, 0.1, 1);
        assertEquals(8, hpa.recommend(90, 4));   // 4 * 90 / 50 = 7.2
        assertEquals(2, hpa.recommend(20, 4));   // 4 * 20 / 50 = 1.6
        assertEquals(1, hpa.recommend(0, 4));    // never below one server
    }

    @Test
    void withinTheToleranceNothingChanges() {
        HpaPolicy hpa = new HpaPolicy(50, 0.1, 1);
        assertEquals(Action.MAINTAIN, hpa.act(state(54.9, 4)));
        assertEquals(Action.MAINTAIN, hpa.act(state(45.1, 4)));
        assertEquals(Action.INCREASE, hpa.act(state(55.1, 4)));  // ceil(4.408) = 5
    }

    @Test
    void theCeilingScalesDownOnlyWhenAWholeServerIsSpare() {
        HpaPolicy hpa = new HpaPolicy(50, 0.1, 1);
        assertEquals(Action.MAINTAIN, hpa.act(state(44.9, 4)));  // outside the tolerance, but ceil(3.592) = 4
        assertEquals(Action.DECREASE, hpa.act(state(37.4, 4)));  // ceil(2.992) = 3
    }

    @Test
    void scaleDownWaitsForTheWindowsHighestRecommendation() {
        HpaPolicy hpa = new HpaPolicy(50, 0.1, 3);
        assertEquals(Action.INCREASE, hpa.act(state(100, 4)));  // recommends 8: up at once
        assertEquals(Action.MAINTAIN, hpa.act(state(20, 5)));   // recommends 2, but 8 is in the window
        assertEquals(Action.MAINTAIN, hpa.act(state(20, 5)));   // 8 still in the window of three
        assertEquals(Action.DECREASE, hpa.act(state(20, 5)));   // the window holds 2, 2, 2 now
    }

    @Test
    void resetForgetsTheWindow() {
        HpaPolicy hpa = new HpaPolicy(50, 0.1, 5);
        hpa.act(state(100, 4));
        hpa.reset();
        assertEquals(Action.DECREASE, hpa.act(state(20, 5)));
    }

    @Test
    void badSettingsNameTheValueAndTheRange() {
        assertEquals("target 0.0 is not allowed: must be in (0, 100]",
                assertThrows(IllegalArgumentException.class, () -> new HpaPolicy(0, 0.1, 5)).getMessage());
        assertEquals("window 0 is not allowed: must be in [1, 10000]",
                assertThrows(IllegalArgumentException.class, () -> new HpaPolicy(50, 0.1, 0)).getMessage());
    }
}
