package cloudrl.launcher;

import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;
import cloudrl.oracle.OptimalPlanner;
import cloudrl.oracle.ScalingMdp;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.PluginDirectory;
import cloudrl.plugins.Selection;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OracleCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CloudRl.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static double number(String json, String key) {
        Matcher matcher = Pattern.compile("\"" + key + "\": ([-0-9.Ee]+)").matcher(json);
        assertTrue(matcher.find(), () -> key + " missing from " + json);
        return Double.parseDouble(matcher.group(1));
    }

    @Test
    void anAr1ProcessTooWideToPlanIsRefusedAtOnceWithANoiseThatFits() {
        assertEquals(ErrorReporter.BAD_INPUT, run("oracle", "--workload", "ar1", "--param", "workload.noise=100"));
        assertEquals("", out.toString(), "nothing printed before the refusal");
        String line = err.toString().strip();
        assertEquals(1, line.lines().count(), line);
        // every task is checked before any output; easy comes first: 100 x its std 5
        Matcher advice = Pattern.compile("cloudrl oracle: ar1 with noise 100 \\(a standard deviation of 500 on easy\\)"
                + " is too wide to plan: about [0-9.e+]+ expectation terms, more than the 2000000000 allowed; give"
                + " --param workload.noise=N with N at most ([0-9.]+) for easy").matcher(line);
        assertTrue(advice.matches(), line);
        // the advice is a noise that fits, and a little more would not
        double noise = Double.parseDouble(advice.group(1));
        Assembly assembly = new Assembly(new PluginDirectory(Path.of("target", "no-plugins-here"), false).discover());
        assertTrue(fits(ar1(assembly, noise)));
        assertTrue(!fits(ar1(assembly, noise * 1.1)));
    }

    private static boolean fits(CloudEnvironment environment) {
        return ((cloudrl.workload.Ar1Workload) environment.workload()).planWork(environment.config())
                <= cloudrl.oracle.OptimalPlanner.MAX_WORK;
    }

    private static CloudEnvironment ar1(Assembly assembly, double noise) {
        return assembly.environment(Task.EASY, Selection.of(null, null, "ar1", List.of("workload.noise=" + noise)), 0);
    }

    @Test
    void jsonCarriesThePlannersOptimalReturnForTheTask() {
        assertEquals(0, run("oracle", "--task", "easy", "--json"), err::toString);
        String line = out.toString().strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.startsWith("{\"task\": \"easy\", \"workload\": \"gaussian\", \"max_steps\": 100"), line);
        CloudEnvironment easy = CloudEnvironment.of(Task.EASY);
        double expected = OptimalPlanner.plan(ScalingMdp.gaussian(easy.config(), Task.EASY.workload(),
                easy.rewardFunction())).expectedReturn();
        assertEquals(expected, number(line, "optimal_return"), 0.0);
        assertTrue(number(line, "threshold_return") <= expected, line);
        assertTrue(number(line, "truncation_error_bound") < 1e-8, line);
    }

    @Test
    void withoutATaskEveryTaskIsSolved() {
        assertEquals(0, run("oracle"), err::toString);
        String text = out.toString();
        for (Task task : Task.values()) {
            assertTrue(text.contains(task.id() + " · gaussian workload"), text);
        }
        assertTrue(text.contains("optimal expected return"), text);
    }

    @Test
    void anUnknownTaskIsOneLineAndExitCodeTwo() {
        assertEquals(ErrorReporter.BAD_INPUT, run("oracle", "--task", "extreme"));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("unknown task 'extreme'"), message);
        assertEquals("", out.toString());
    }

    @Test
    void theDiurnalWorkloadIsSolvedWithItsParameters() {
        assertEquals(0, run("oracle", "--task", "medium", "--workload", "diurnal", "--param", "workload.period=50",
                "--json"), err::toString);
        String line = out.toString().strip();
        assertTrue(line.startsWith("{\"task\": \"medium\", \"workload\": \"diurnal\""), line);
        assertTrue(line.contains("\"coverage\": \"exact\""), line);
        double expected = diurnalOptimum(List.of("workload.period=50"));
        assertEquals(expected, number(line, "optimal_return"), 0.0);
        // the parameter reached the workload: the default cycle of 100 steps has another optimum
        assertTrue(Math.abs(diurnalOptimum(List.of()) - expected) > 1e-6, line);
        assertTrue(number(line, "threshold_return") <= expected, line);
    }

    private static double diurnalOptimum(List<String> params) {
        Assembly builtIns = new Assembly(new PluginDirectory(Path.of("target", "no-plugins-here"), false).discover());
        CloudEnvironment environment = builtIns.environment(Task.MEDIUM, Selection.of(null, null, "diurnal", params), 0);
        return OptimalPlanner.plan(ScalingMdp.of(environment)).expectedReturn();
    }

    @Test
    void anUncoveredWorkloadIsRefusedInOneLineBeforeAnyOutput() {
        assertEquals(ErrorReporter.BAD_INPUT, run("oracle", "--workload", "trace"));
        assertEquals("cloudrl oracle: the oracle does not cover scenario reference with workload 'trace': its workload"
                + " offers no transition law (cloudrl.api.MarkovWorkload), so its traffic cannot be planned over"
                + " (docs/oracle.md)", err.toString().strip());
        assertEquals("", out.toString());
    }

    @Test
    void aParameterForAnotherPlugPointIsRefused() {
        assertEquals(ErrorReporter.BAD_INPUT, run("oracle", "--param", "policy.target=50"));
        assertTrue(err.toString().contains("--param policy.target=50 is not allowed here"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void burstyGetsTheBeliefOptimumsBracketBesideTheBoundWithTheRegimeRevealed() {
        assertEquals(0, run("oracle", "--task", "easy", "--workload", "bursty", "--json"), err::toString);
        String line = out.toString().strip();
        assertTrue(line.contains("\"coverage\": \"belief_optimum\""), line);
        assertTrue(!line.contains("optimal_return"), line);
        double lower = number(line, "belief_lower_return");
        double upper = number(line, "belief_upper_return");
        assertTrue(lower <= upper, line);
        assertEquals((upper - lower) / lower, number(line, "belief_error_bound"), 1e-12);
        assertTrue(number(line, "belief_error_bound") < 0.005, line);
        // no policy beats the optimum, which is below both upper bounds
        assertTrue(number(line, "threshold_return") <= upper, line);
        assertTrue(upper <= number(line, "upper_bound_return") + number(line, "truncation_error_bound"), line);
        assertEquals(100 * number(line, "threshold_return") / upper,
                number(line, "threshold_percent_of_belief_optimum"), 1e-9);
    }
}
