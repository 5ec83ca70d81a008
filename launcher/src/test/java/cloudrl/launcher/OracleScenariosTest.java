package cloudrl.launcher;

import cloudrl.api.Policy;
import cloudrl.api.Scenario;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;
import cloudrl.evaluation.Evaluation;
import cloudrl.evaluation.MeanInterval;
import cloudrl.oracle.OptimalPlanner;
import cloudrl.oracle.OracleCoverage;
import cloudrl.oracle.Plan;
import cloudrl.oracle.ScalingMdp;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.PluginDirectory;
import cloudrl.plugins.ScenarioChoice;
import cloudrl.plugins.Selection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The oracle on the built-in scenarios: its plan against its own policy simulated, and its refusals. */
class OracleScenariosTest {

    private static final int EPISODES = 2000;
    /**
     * Three standard errors (the 95 % half-width x 3 / 1.96): the returns are heavy-tailed (a rare
     * early end costs dozens of reward), and 95 % percentile intervals run narrow on them
     * (docs/evaluation.md); three standard errors miss about one time in 370 for a normal mean.
     */
    private static final double STANDARD_ERRORS = 3;

    private static final Assembly BUILT_INS =
            new Assembly(new PluginDirectory(Path.of("target", "no-plugins-here"), false).discover());

    @ParameterizedTest
    @ValueSource(strings = {"reference", "boot-delay", "diurnal-boot", "multi-step", "instance-types", "sla"})
    void thePlanMatchesItsOwnPolicyPlayedThroughTheOracleProvider(String id) {
        Scenario scenario = ScenarioChoice.resolve(id, BUILT_INS.catalog());
        Task task = Task.parse(scenario.task());
        Selection selection = Selection.of(scenario, "oracle", null, null, List.of());
        CloudEnvironment environment = BUILT_INS.environment(task, selection, 0);
        assertEquals(OracleCoverage.Kind.EXACT, OracleCoverage.of(environment).kind(), id);
        Plan plan = OptimalPlanner.plan(ScalingMdp.of(environment));
        // --policy oracle: the provider plans for the environment and tracks the fleet (boot queue, types) itself
        Policy oracle = BUILT_INS.policy(selection, 0, task, environment);
        MeanInterval simulated = new Evaluation().run(task.id(), "oracle", environment, oracle, EPISODES, 20_261_201L)
                .cumulativeReward();
        double standardError = (simulated.high() - simulated.low()) / 2 / 1.96;
        assertEquals(plan.expectedReturn(), simulated.mean(), STANDARD_ERRORS * standardError,
                () -> id + ": planned " + plan.expectedReturn() + ", simulated " + simulated);
    }

    @Test
    void aScenarioFileWithTheTargetSchemeACooldownAndABootDelayIsSolvedToo(@TempDir Path folder) throws Exception {
        // the cooldown is part of the fleet state, and the target scheme has as many actions as servers allowed
        Path file = folder.resolve("cool-target.json");
        Files.writeString(file, "{\"id\": \"cool-target\", \"description\": \"target scheme, cooldown 2, boot 2\","
                + " \"workload\": \"diurnal\", \"task\": \"medium\", \"actions\": \"target\","
                + " \"fleet\": {\"id\": \"standard\", \"parameters\": {\"bootSteps\": 2, \"cooldownSteps\": 2,"
                + " \"maxServers\": 8}}, \"reward\": \"seed-shaped\", \"maxSteps\": 60, \"initialServers\": [3]}");
        Scenario scenario = ScenarioChoice.resolve(file.toString(), BUILT_INS.catalog());
        Selection selection = Selection.of(scenario, "oracle", null, null, List.of());
        CloudEnvironment environment = BUILT_INS.environment(Task.MEDIUM, selection, 0);
        Plan plan = OptimalPlanner.plan(ScalingMdp.of(environment));
        Policy oracle = BUILT_INS.policy(selection, 0, Task.MEDIUM, environment);
        MeanInterval simulated = new Evaluation().run("medium", "oracle", environment, oracle, EPISODES, 20_261_201L)
                .cumulativeReward();
        double standardError = (simulated.high() - simulated.low()) / 2 / 1.96;
        assertEquals(plan.expectedReturn(), simulated.mean(), STANDARD_ERRORS * standardError,
                () -> "planned " + plan.expectedReturn() + ", simulated " + simulated);
    }

    @Test
    void theBudgetScenarioIsRefusedInOneLineNamingItAndWhy() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CloudRl.execute(new String[] {"oracle", "--scenario", "budget"}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(ErrorReporter.BAD_INPUT, code);
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("scenario budget") && message.contains("cost spent so far"), message);
        assertEquals("", out.toString());
    }

    @Test
    void theScenarioListNamesTheCoverageOfEachScenario() {
        for (String id : List.of("reference", "boot-delay", "diurnal-boot", "multi-step", "instance-types", "sla")) {
            Scenario scenario = ScenarioChoice.resolve(id, BUILT_INS.catalog());
            assertEquals("exact", ScenariosCommand.listing(BUILT_INS, scenario).oracle(), id);
        }
        Scenario budget = ScenarioChoice.resolve("budget", BUILT_INS.catalog());
        assertEquals("not covered", ScenariosCommand.listing(BUILT_INS, budget).oracle());
    }

    @Test
    void theOraclePolicyRefusesAnApproximationInOneLineAndPlaysTheBeliefPlan() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CloudRl.execute(new String[] {"run", "--policy", "oracle", "--workload", "ar1"},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(ErrorReporter.BAD_INPUT, code, err::toString);
        assertTrue(err.toString().contains("planned over an approximate chain"), err.toString());
        // bursty's regime is hidden: the oracle plays the belief plan's grid controller
        assertEquals(0, CloudRl.execute(new String[] {"run", "--policy", "oracle", "--workload", "bursty"},
                new PrintWriter(out, true), new PrintWriter(err, true)), err::toString);
    }
}
