package cloudrl.ui.swing;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.PlugPoint;
import cloudrl.env.Task;
import cloudrl.plugins.Selection;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplorerOptionsTest {

    @Test
    void defaultsSetUpTheReferenceHeuristicOnMediumSeedZero() {
        ExplorerOptions options = ExplorerOptions.defaults();
        assertEquals(Task.MEDIUM, options.task());
        assertEquals(0, options.seed());
        assertEquals(Selection.defaults(), options.selection());
        assertTrue(options.watchedFolder().isEmpty());
        assertTrue(options.workbench().ids(PlugPoint.POLICY).contains("threshold"));
        assertEquals("threshold", options.policy().name());
        // 80 % CPU is above the heuristic's 70 % mark
        assertEquals(Action.INCREASE, options.policy().factory().apply(Task.MEDIUM).act(new Observation(80, 70, 10, 1)));
    }

    @Test
    void theStartingSeedAlsoCreatesTheProviders() {
        assertEquals(7, ExplorerOptions.defaults().startingWith(Task.EASY, 7).workbench().providerSeed());
    }
}
