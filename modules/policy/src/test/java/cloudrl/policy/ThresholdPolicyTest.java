package cloudrl.policy;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ThresholdPolicyTest {

    private final ThresholdPolicy policy = ThresholdPolicy.defaults();

    private static Observation cpu(double cpu) {
        return new Observation(cpu, 10, 10, 2);
    }

    @Test
    void scalesOnCpuOnlyWithStrictThresholds() {
        assertEquals(Action.INCREASE, policy.act(cpu(70.01)));
        assertEquals(Action.MAINTAIN, policy.act(cpu(70)));
        assertEquals(Action.MAINTAIN, policy.act(cpu(55)));
        assertEquals(Action.MAINTAIN, policy.act(cpu(40)));
        assertEquals(Action.DECREASE, policy.act(cpu(39.99)));
        // memory is not looked at
        assertEquals(Action.MAINTAIN, policy.act(new Observation(55, 99, 10, 2)));
    }

    @Test
    void thresholdsMustBeOrdered() {
        assertThrows(IllegalArgumentException.class, () -> new ThresholdPolicy(60, 50));
        assertThrows(IllegalArgumentException.class, () -> new ThresholdPolicy(-1, 50));
    }
}
