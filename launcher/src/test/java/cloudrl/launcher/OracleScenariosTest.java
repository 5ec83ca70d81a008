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
import cloudrl.oracle.PolicyEvaluation;
import cloudrl.oracle.ScalingMdp;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.PluginDirectory;
import cloudrl.plugins.ScenarioChoice;
import cloudrl.plugins.Selection;
import cloudrl.policy.ThresholdPolicy;
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
    @ValueSource(strings = {"reference", "boot-delay", "diurnal-boot", "multi-step", "instance-types", "budget", "sla"})
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

    @ParameterizedTest
    @ValueSource(strings = {"budget", "boot-delay"})
    void theThresholdHeuristicsExactValueMatchesItsSimulation(String id) {
        // its observation follows from (fleet state, rate): under the budget the spend is in the state, so
        // costSoFar and budgetLeft are too; the boot queue is in boot-delay's
        Scenario scenario = ScenarioChoice.resolve(id, BUILT_INS.catalog());
        Task task = Task.parse(scenario.task());
        Selection selection = Selection.of(scenario, "threshold", null, null, List.of());
        CloudEnvironment environment = BUILT_INS.environment(task, selection, 0);
        double exact = new PolicyEvaluation(ScalingMdp.of(environment)).expectedReturn(ThresholdPolicy.defaults());
        Policy threshold = BUILT_INS.policy(selection, 0, task, environment);
        MeanInterval simulated = new Evaluation().run(task.id(), "threshold", environment, threshold, 20_000,
                20_261_202L).cumulativeReward();
        double standardError = (simulated.high() - simulated.low()) / 2 / 1.96;
        assertEquals(exact, simulated.mean(), STANDARD_ERRORS * standardError,
                () -> id + ": exact " + exact + ", simulated " + simulated);
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
    void aBudgetThatRefusesAdditionsIsSolvedToo(@TempDir Path folder) throws Exception {
        // refuse reads the steps left, so the same (fleet, cost spent) may move differently at different steps.
        // From 2 servers (0.1 a step) a budget of 14 refuses a third until the rest of the episode can pay for
        // it: after t steps of 2, 0.1 t + 0.15 (100 - t) <= 14 from t = 20 on; 2 servers are unstable at
        // hard's peaks, so the plan wants the third as soon as it may
        Path file = folder.resolve("refusing.json");
        Files.writeString(file, "{\"id\": \"refusing\", \"description\": \"budget 14, additions refused\","
                + " \"workload\": \"gaussian\", \"task\": \"hard\", \"actions\": \"unit\", \"fleet\": \"standard\","
                + " \"reward\": \"seed-shaped\", \"constraints\": [{\"id\": \"budget\", \"parameters\":"
                + " {\"total\": \"14\", \"onExhausted\": \"refuse\"}}], \"features\": [\"budget-left\"],"
                + " \"maxSteps\": 100, \"initialServers\": [2]}");
        Scenario scenario = ScenarioChoice.resolve(file.toString(), BUILT_INS.catalog());
        Selection selection = Selection.of(scenario, "oracle", null, null, List.of());
        CloudEnvironment environment = BUILT_INS.environment(Task.HARD, selection, 0);
        assertEquals(OracleCoverage.Kind.EXACT, OracleCoverage.of(environment).kind());
        Plan plan = OptimalPlanner.plan(ScalingMdp.of(environment));
        Policy oracle = BUILT_INS.policy(selection, 0, Task.HARD, environment);
        MeanInterval simulated = new Evaluation().run("hard", "oracle", environment, oracle, EPISODES, 20_261_201L)
                .cumulativeReward();
        double standardError = (simulated.high() - simulated.low()) / 2 / 1.96;
        assertEquals(plan.expectedReturn(), simulated.mean(), STANDARD_ERRORS * standardError,
                () -> "planned " + plan.expectedReturn() + ", simulated " + simulated);
    }

    @Test
    void aBudgetWhoseSpentCostIsTooLargeAStateIsRefusedInOneLineNamingTheSizeAndTheLimit(@TempDir Path folder)
            throws Exception {
        // a budget of 200 ends an episode only after 4000 server-steps: (servers, server-steps spent) pairs by the
        // hundred thousand, past the 200000 fleet states the oracle plans over
        String message = refusal(folder, "200", "end");
        assertTrue(message.contains("more than 200000 states") && message.contains("cost spent so far"), message);
    }

    @Test
    void aBudgetAtTheEdgeOfTheSumsRoundingIsRefusedInOneLine(@TempDir Path folder) throws Exception {
        // 11.999999999 plus the budget's tolerance of 1e-9 is 12 to the last bits, a whole 240 server-steps: a
        // spend of exactly 12 is overspent or not by the rounding of the environment's sum, so no plan is exact
        String message = refusal(folder, "11.999999999", "end");
        assertTrue(message.contains("whole number of cost units"), message);
    }

    private static String refusal(Path folder, String total, String mode) throws Exception {
        Path file = folder.resolve("budget-" + total + ".json");
        Files.writeString(file, "{\"id\": \"wide-budget\", \"description\": \"a budget of " + total + "\","
                + " \"workload\": \"gaussian\", \"task\": \"hard\", \"constraints\": [{\"id\": \"budget\","
                + " \"parameters\": {\"total\": \"" + total + "\", \"onExhausted\": \"" + mode + "\"}}],"
                + " \"maxSteps\": 100, \"initialServers\": [3]}");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CloudRl.execute(new String[] {"oracle", "--scenario", file.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(ErrorReporter.BAD_INPUT, code, err::toString);
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertEquals("", out.toString());
        return message;
    }

    @Test
    void theScenarioListNamesTheCoverageOfEachScenario() {
        for (String id : List.of("reference", "boot-delay", "diurnal-boot", "multi-step", "instance-types", "budget",
                "sla")) {
            Scenario scenario = ScenarioChoice.resolve(id, BUILT_INS.catalog());
            assertEquals("exact", ScenariosCommand.listing(BUILT_INS, scenario).oracle(), id);
        }
        // measured traffic offers no transition law
        Scenario nasa = ScenarioChoice.resolve("nasa-boot", BUILT_INS.catalog());
        assertEquals("not covered", ScenariosCommand.listing(BUILT_INS, nasa).oracle());
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
