package cloudrl.plugins;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SelectionTest {

    @Test
    void parametersGoToTheirPlugPoint() {
        Selection selection = Selection.of("hpa", null, "diurnal",
                List.of("policy.target=50", "workload.period=24", "workload.amplitude = 0.3", "reward.slo=x=y"));
        assertEquals(new Choice("hpa", Map.of("target", "50")), selection.policy());
        assertEquals(new Choice("seed-shaped", Map.of("slo", "x=y")), selection.reward());
        assertEquals(new Choice("diurnal", Map.of("period", "24", "amplitude", "0.3")), selection.workload());
    }

    @Test
    void defaultsAreTheReferenceSetup() {
        assertEquals(Selection.defaults(), Selection.of(null, null, null, List.of()));
        assertEquals("threshold", Selection.defaults().policy().id());
    }

    @Test
    void malformedParametersAreRejectedInOneLine() {
        assertEquals("--param period=24 is not allowed: write plugpoint.name=value, such as workload.period=24,"
                        + " with plugpoint one of policy, reward, workload, actions, fleet",
                assertThrows(IllegalArgumentException.class,
                        () -> Selection.of(null, null, null, List.of("period=24"))).getMessage());
        assertEquals("--param load.period=24 is not allowed: 'load' is no plug point a parameter can address; start"
                        + " with policy., reward., workload., actions. or fleet.",
                assertThrows(IllegalArgumentException.class,
                        () -> Selection.of(null, null, null, List.of("load.period=24"))).getMessage());
        assertEquals("--param workload.period is given twice: give it once",
                assertThrows(IllegalArgumentException.class, () -> Selection.of(null, null, null,
                        List.of("workload.period=24", "workload.period=12"))).getMessage());
    }
}
