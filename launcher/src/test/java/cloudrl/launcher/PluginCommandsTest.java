package cloudrl.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plug-point options and the plugins and evaluate commands, run as the command line runs them. */
class PluginCommandsTest {

    @TempDir
    Path emptyPlugins;

    private record Outcome(int exitCode, String out, String err) {
    }

    private Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CloudRl.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void evaluateRunsAnyPolicyUnderAnyWorkloadAsJson() {
        Outcome outcome = run("evaluate", "--policy", "hpa", "--workload", "diurnal", "--task", "hard", "--json",
                "--episodes", "3", "--plugins", emptyPlugins.toString());
        assertEquals(0, outcome.exitCode(), outcome.err());
        String[] lines = outcome.out().strip().split("\\R");
        assertEquals(1, lines.length, outcome.out());
        assertTrue(lines[0].startsWith("{\"task\": \"hard\", \"policy\": \"hpa\", \"episodes\": 3, \"seed\": 0,"),
                lines[0]);
    }

    @Test
    void baselineIsEvaluateWithTheThresholdPolicy() {
        Outcome baseline = run("baseline", "--episodes", "4", "--seed", "9");
        Outcome evaluate = run("evaluate", "--policy", "threshold", "--episodes", "4", "--seed", "9",
                "--plugins", emptyPlugins.toString());
        assertEquals(0, baseline.exitCode(), baseline.err());
        assertEquals(baseline.out(), evaluate.out());
        assertTrue(baseline.out().startsWith("easy · policy threshold · 4 episodes · seed 9"), baseline.out());
    }

    @Test
    void aBadParameterFailsWithOneLineAndExitCodeTwo() {
        Outcome outcome = run("evaluate", "--workload", "diurnal", "--param", "workload.period=daily",
                "--plugins", emptyPlugins.toString());
        assertEquals(ErrorReporter.BAD_INPUT, outcome.exitCode());
        assertEquals("cloudrl evaluate: workload diurnal: period=daily is not allowed: must be a number in [2, 1e6]",
                outcome.err().strip());
        assertEquals("", outcome.out());
    }

    @Test
    void anUnknownPolicyNamesTheChoices() {
        Outcome outcome = run("run", "--policy", "smart", "--plugins", emptyPlugins.toString());
        assertEquals(ErrorReporter.BAD_INPUT, outcome.exitCode());
        assertEquals("cloudrl run: unknown policy 'smart': choose one of dqn, holt-winters, hpa, last-value, maintain,"
                + " moving-average, oracle, ppo, random, threshold"
                + " (see 'cloudrl plugins')", outcome.err().strip());
    }

    @Test
    void runShowsTheChosenRewardAndWorkload() {
        Outcome outcome = run("run", "--policy", "maintain", "--reward", "sla", "--workload", "bursty",
                "--task", "easy", "--plugins", emptyPlugins.toString());
        assertEquals(0, outcome.exitCode(), outcome.err());
        assertTrue(outcome.out().startsWith("easy · policy maintain · reward sla · workload bursty (burstFactor=2,"
                        + " enterBurst=0.05, leaveBurst=0.25, noise=0.5) · seed 0"),
                outcome.out());
    }

    @Test
    void pluginsListsEveryBuiltInWithItsParametersAndSource() {
        Outcome outcome = run("plugins", "--plugins", emptyPlugins.toString());
        assertEquals(0, outcome.exitCode(), outcome.err());
        for (String id : new String[] {"threshold", "hpa", "random", "maintain", "oracle", "dqn", "ppo", "seed-shaped", "sla", "gaussian",
                "diurnal", "bursty", "ar1", "trace", "nasa-1995", "twitter-2021"}) {
            assertTrue(outcome.out().contains("\n  " + id + " "), id + " missing from:\n" + outcome.out());
        }
        assertTrue(outcome.out().contains("workload.period=100"), outcome.out());
        assertTrue(outcome.out().contains("source: built-in"), outcome.out());
    }

    @Test
    void pluginsReportsABrokenJarAndGoesOn() throws IOException {
        Path broken = Files.writeString(emptyPlugins.resolve("broken.jar"), "not a zip");
        Outcome listing = run("plugins", "--json", "--plugins", emptyPlugins.toString());
        assertEquals(0, listing.exitCode(), listing.err());
        assertTrue(listing.out().contains("{\"plugin\": \"broken.jar\", \"version\": null, \"api_version\": null,"
                + " \"state\": \"failed\", \"reason\": \"not a jar (zip) file: "), listing.out());
        Outcome evaluate = run("evaluate", "--task", "easy", "--episodes", "2", "--plugins", emptyPlugins.toString());
        assertEquals(0, evaluate.exitCode(), evaluate.err());
        assertTrue(evaluate.err().startsWith("cloudrl: warning: skipped plugin broken.jar: not a jar (zip) file"),
                evaluate.err());
    }

    @Test
    void aMissingPluginsDirectoryIsBadInput() {
        Outcome outcome = run("plugins", "--plugins", emptyPlugins.resolve("nowhere").toString());
        assertEquals(ErrorReporter.BAD_INPUT, outcome.exitCode());
        assertTrue(outcome.err().contains("no such directory"), outcome.err());
    }

    @Test
    void theDefaultPluginsFolderIsInCloudRlsHome() {
        String before = System.getProperty(PluginsOption.HOME_PROPERTY);
        try {
            System.setProperty(PluginsOption.HOME_PROPERTY, emptyPlugins.toString());
            assertEquals(emptyPlugins.resolve("plugins"), PluginsOption.defaultFolder());
        } finally {
            if (before == null) {
                System.clearProperty(PluginsOption.HOME_PROPERTY);
            } else {
                System.setProperty(PluginsOption.HOME_PROPERTY, before);
            }
        }
    }
}
