package cloudrl.ui.swing.inspect;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.Policy;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.FleetDynamics;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.PluginCatalog;
import cloudrl.plugins.PluginDiscovery;
import cloudrl.plugins.Selection;
import cloudrl.policy.ThresholdPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyMapTest {

    private final EnvironmentConfig config = EnvironmentConfig.defaults();
    private final FleetDynamics reference = FleetDynamics.reference(config);

    @Test
    void theHeuristicsMapFollowsItsCpuMarks() {
        StateGrid map = PolicyMap.overServersAndRate(ThresholdPolicy::defaults, reference, 4, 200, 10);
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
        StateGrid map = PolicyMap.overStepAndServers(() -> third, reference, 3, 5, 40);
        for (int servers = 1; servers <= 3; servers++) {
            assertEquals(Action.MAINTAIN.index(), map.valueAt(1, servers));
            assertEquals(Action.INCREASE.index(), map.valueAt(2, servers));
            assertEquals(Action.MAINTAIN.index(), map.valueAt(3, servers));
        }
        // on the servers × rate map every cell is a first decision: no INCREASE anywhere
        StateGrid first = PolicyMap.overServersAndRate(() -> third, reference, 3, 40, 10);
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
        }, reference, 3, 10, 10);
        assertTrue(Double.isNaN(map.valueAt(0, 2)));
        assertTrue(PolicyMap.isAction(map.valueAt(0, 3)));
    }

    @Test
    void theReferenceObservationIsTheFourValues() {
        // 2 servers at 90 requests: cpu = 90 · 0.5 / (2 · 30) · 100 = 75 %, memory = 90 · 0.45 / (2 · 30) · 100 = 67.5 %
        Observation seen = PolicyMap.observation(reference, 2, 90);
        assertEquals(4, seen.size());
        assertArrayEquals(new float[] {75f, 67.5f, 90f, 2f}, seen.toArray(), 1e-4f);
    }

    @Test
    void aScenariosObservationCarriesItsFeaturesAsAtAReset() {
        PluginCatalog catalog = PluginDiscovery.builtIns();
        FleetDynamics bootDelay = new Assembly(catalog).dynamics(
                Selection.of(catalog.scenario("boot-delay"), null, null, null, List.of()));
        Observation seen = PolicyMap.observation(bootDelay, 2, 90);
        // the scenario's space: the reference four, then bootingServers (nothing booting at a reset)
        assertEquals(bootDelay.observationSpace().names(), seen.featureNames());
        assertArrayEquals(new float[] {75f, 67.5f, 90f, 2f, 0f}, seen.toArray(), 1e-4f);
    }
}
