package cloudrl.policy;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimplePoliciesTest {

    private static final Observation STATE = new Observation(50, 45, 60, 3);

    @Test
    void randomPolicyRepeatsWithItsSeedAndUsesEveryAction() {
        RandomPolicy one = new RandomPolicy(7);
        RandomPolicy two = new RandomPolicy(7);
        Map<Action, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < 3000; i++) {
            Action action = one.act(STATE);
            assertEquals(action, two.act(STATE));
            counts.merge(action, 1, Integer::sum);
        }
        for (Action action : new Action[] {Action.DECREASE, Action.MAINTAIN, Action.INCREASE}) {
            // each has probability 1/3: 1000 expected, standard deviation about 26
            assertTrue(Math.abs(counts.get(action) - 1000) < 160, counts.toString());
        }
    }

    @Test
    void maintainNeverScales() {
        assertEquals(Action.MAINTAIN, new MaintainPolicy().act(new Observation(100, 100, 1000, 1)));
        assertEquals(Action.MAINTAIN, new MaintainPolicy().act(new Observation(0, 0, 0, 50)));
    }
}
