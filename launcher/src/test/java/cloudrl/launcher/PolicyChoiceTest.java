package cloudrl.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --policy oracle} and the {@code ID:VALUE} shorthand, as the command line runs them. */
class PolicyChoiceTest {

    @TempDir
    Path emptyPlugins;

    private record Outcome(int exitCode, String out, String err) {
    }

    private Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] withPlugins = Arrays.copyOf(args, args.length + 2);
        withPlugins[args.length] = "--plugins";
        withPlugins[args.length + 1] = emptyPlugins.toString();
        int code = CloudRl.execute(withPlugins, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void theOraclePlaysInRunAndEvaluate() {
        Outcome run = run("run", "--policy", "oracle", "--task", "hard", "--seed", "3");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("hard · policy oracle · seed 3"), run.out());
        Outcome evaluate = run("evaluate", "--policy", "oracle", "--task", "easy", "--episodes", "5", "--json");
        assertEquals(0, evaluate.exitCode(), evaluate.err());
        assertTrue(evaluate.out().startsWith("{\"task\": \"easy\", \"policy\": \"oracle\", \"episodes\": 5"),
                evaluate.out());
    }

    @Test
    void theOracleRefusesAnotherWorkloadInOneLine() {
        Outcome outcome = run("run", "--policy", "oracle", "--workload", "ar1");
        assertEquals(ErrorReporter.BAD_INPUT, outcome.exitCode());
        assertEquals("cloudrl run: policy oracle plays exact plans only, not scenario reference with workload 'ar1'"
                + ": the ar1 traffic is planned over an approximate chain (docs/oracle.md)", outcome.err().strip());
        assertEquals("", outcome.out());
    }

    @Test
    void theShorthandIsTheFirstParameterGivenByName() {
        Outcome shorthand = run("evaluate", "--policy", "hpa:50", "--task", "medium", "--episodes", "4", "--json");
        Outcome named = run("evaluate", "--policy", "hpa", "--param", "policy.target=50", "--task", "medium",
                "--episodes", "4", "--json");
        Outcome defaults = run("evaluate", "--policy", "hpa", "--task", "medium", "--episodes", "4", "--json");
        assertEquals(0, shorthand.exitCode(), shorthand.err());
        assertEquals(named.out(), shorthand.out());
        assertTrue(!defaults.out().equals(shorthand.out()), "target 50 should play differently from the default 60");
    }

    @Test
    void badShorthandsFailWithOneLineAndExitCodeTwo() {
        Outcome empty = run("run", "--policy", "hpa:");
        assertEquals(ErrorReporter.BAD_INPUT, empty.exitCode());
        assertEquals(1, empty.err().strip().lines().count(), empty.err());
        assertTrue(empty.err().startsWith("cloudrl run: policy 'hpa:' is not allowed: write ID or ID:VALUE"),
                empty.err());
        Outcome nothingToSet = run("run", "--policy", "random:3");
        assertEquals(ErrorReporter.BAD_INPUT, nothingToSet.exitCode());
        assertEquals("cloudrl run: policy random takes no parameters, so 'random:3' has nothing to set: write random"
                + " alone", nothingToSet.err().strip());
        Outcome twice = run("run", "--policy", "hpa:50", "--param", "policy.target=40");
        assertEquals(ErrorReporter.BAD_INPUT, twice.exitCode());
        assertEquals("cloudrl run: 'hpa:50' sets target of policy hpa and --param policy.target sets it again:"
                + " give it once", twice.err().strip());
        Outcome badValue = run("run", "--policy", "hpa:fast");
        assertEquals(ErrorReporter.BAD_INPUT, badValue.exitCode());
        assertEquals("cloudrl run: policy hpa: target=fast is not allowed: must be a number in (0, 100]",
                badValue.err().strip());
    }
}
