package cloudrl.ui.swing;

import cloudrl.api.Action;
import cloudrl.env.Task;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExplorerOptionsTest {

    @Test
    void defaultsOfferTheHeuristicOnMediumSeedZero() {
        ExplorerOptions options = ExplorerOptions.defaults();
        assertEquals(Task.MEDIUM, options.task());
        assertEquals(0, options.seed());
        assertEquals(List.of("threshold heuristic (40/70 % CPU)"),
                options.policies().stream().map(PolicyChoice::name).toList());
        assertEquals(Action.INCREASE, options.policies().get(0).factory().apply(Task.MEDIUM)
                .act(new cloudrl.api.Observation(80, 70, 10, 1)));
    }

    @Test
    void duplicateOrMissingPoliciesAreRefused() {
        PolicyChoice heuristic = PolicyChoice.thresholdHeuristic();
        IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
                () -> ExplorerOptions.defaults().withPolicies(List.of(heuristic, heuristic)));
        assertEquals("two policies are named 'threshold heuristic (40/70 % CPU)': policy names must be unique",
                duplicate.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ExplorerOptions.defaults().withPolicies(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new PolicyChoice(" ", task -> null));
    }
}
