package cloudrl.ui.swing;

import cloudrl.env.EnvironmentConfig;
import cloudrl.env.Task;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.PluginDiscovery;
import cloudrl.plugins.Selection;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The form's checks give the command line's messages: the same Assembly call fails with the same text. */
class WorkbenchTest {

    private final Workbench workbench = new Workbench(PluginDiscovery.builtIns(), EnvironmentConfig.defaults(), 0);

    @Test
    void aPlayableSetUpHasNoProblem() {
        assertEquals(Optional.empty(), workbench.problem(Task.HARD, Selection.of("hpa", "sla", "diurnal",
                List.of("workload.period=24"))));
    }

    @Test
    void aBadParameterIsReportedAsTheCommandLineReportsIt() {
        Selection bad = Selection.of("hpa", null, null, List.of("policy.target=fast"));
        String expected = assertThrows(IllegalArgumentException.class,
                () -> new Assembly(PluginDiscovery.builtIns()).check(bad)).getMessage();
        assertEquals("policy hpa: target=fast is not allowed: must be a number in (0, 100]", expected);
        assertEquals(Optional.of(expected), workbench.problem(Task.MEDIUM, bad));
    }

    @Test
    void anUnknownParameterNamesTheAllowedOnes() {
        Selection bad = Selection.of(null, null, "diurnal", List.of("workload.periods=24"));
        assertEquals(Optional.of("unknown parameter 'periods' for workload diurnal: allowed are period, amplitude,"
                + " phase, noise"), workbench.problem(Task.MEDIUM, bad));
    }

    @Test
    void labelsNameThePolicyWithItsParameters() {
        assertEquals("hpa {target=50}", Workbench.label(Selection.of("hpa", null, null, List.of("policy.target=50"))));
        assertEquals("dqn:models/easy", Workbench.label(Selection.of("dqn:models/easy", null, null, List.of())));
    }
}
