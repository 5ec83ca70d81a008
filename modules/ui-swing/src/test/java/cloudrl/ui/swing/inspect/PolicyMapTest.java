package cloudrl.ui.swing.inspect;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.Policy;
import cloudrl.env.EnvironmentConfig;
import cloudrl.policy.ThresholdPolicy;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyMapTest {

    private final EnvironmentConfig config = EnvironmentConfig.defaults();

    @Test
    void theHeuristicsMapFollowsItsCpuMarks() {
        StateGrid map = PolicyMap.overServersAndRate(ThresholdPolicy::defaults, config, 4, 200, 10);
        // cpu = rate · 0.5 / (servers · 30) · 100: 2 servers at 90 requests is 75 % (> 70, add one),
        // at 60 it is 50 % (hold), at 40 it is 33.3 % (< 40, remove one)
        assertEquals(Action.INCREASE.index(), map.valueAt(90, 2));
        assertEquals(Action.MAINTAIN.index(), map.valueAt(60, 2));
        assertEquals(Action.DECREASE.index(), map.valueAt(40, 2));
        // 4 servers at 170 requests: 70.8 %
        assertEquals(Action.INCREASE.index(), map.valueAt(170, 4));
        assertEquals(21, map.xs().length);
        assertEquals(4, map.ys().length);
    }

    @Test
    void aPolicyThatCountsItsStepsIsMappedStepByStep() {
        // adds a server at its third decision after a reset, holds otherwise
        Policy third = new Policy() {
            private int decisions;

            @Override
            public Action act(Observation observation) {
                return decisions++ == 2 ? Action.INCREASE : Action.MAINTAIN;
            }

            @Override
            public void reset() {
                decisions = 0;
            }
        };
        StateGrid map = PolicyMap.overStepAndServers(() -> third, config, 3, 5, 40);
        for (int servers = 1; servers <= 3; servers++) {
            assertEquals(Action.MAINTAIN.index(), map.valueAt(1, servers));
            assertEquals(Action.INCREASE.index(), map.valueAt(2, servers));
            assertEquals(Action.MAINTAIN.index(), map.valueAt(3, servers));
        }
        // on the servers × rate map every cell is a first decision: no INCREASE anywhere
        StateGrid first = PolicyMap.overServersAndRate(() -> third, config, 3, 40, 10);
        for (double[] row : first.values()) {
            for (double action : row) {
                assertEquals(Action.MAINTAIN.index(), action);
            }
        }
    }

    @Test
    void aStateThePolicyRefusesIsAGap() {
        StateGrid map = PolicyMap.overServersAndRate(() -> observation -> {
            if (observation.servers() == 2) {
                throw new IllegalStateException("not planned for 2 servers");
            }
            return Action.MAINTAIN;
        }, config, 3, 10, 10);
        assertTrue(Double.isNaN(map.valueAt(0, 2)));
        assertTrue(PolicyMap.isAction(map.valueAt(0, 3)));
    }
}
