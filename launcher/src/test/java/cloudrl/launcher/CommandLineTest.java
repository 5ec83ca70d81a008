package cloudrl.launcher;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {

    /** What one invocation printed and returned. */
    record Outcome(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    static Outcome cloudrl(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CloudRl.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    private static final String NUMBER = "-?\\d+(\\.\\d+)?(E-?\\d+)?";
    private static final String INTERVAL = "\\{\"mean\": " + NUMBER + ", \"ci95_low\": " + NUMBER
            + ", \"ci95_high\": " + NUMBER + "}";
    private static final Pattern SUMMARY_JSON = Pattern.compile("\\{\"task\": \"(easy|medium|hard)\", "
            + "\"policy\": \"threshold\", \"episodes\": \\d+, \"seed\": -?\\d+, "
            + "\"cumulative_reward\": " + INTERVAL + ", \"final_score\": " + INTERVAL + ", "
            + "\"avg_cpu\": " + NUMBER + ", \"avg_memory\": " + NUMBER + ", \"avg_latency\": " + NUMBER + ", "
            + "\"ended_early_fraction\": " + NUMBER + ", \"passed_fraction\": " + NUMBER + "}");

    @Test
    void baselineJsonIsOneObjectPerLineWithTheDocumentedKeys() {
        Outcome outcome = cloudrl("baseline", "--task", "medium", "--episodes", "20", "--seed", "7", "--json");
        assertEquals(0, outcome.exitCode(), outcome.err());
        assertEquals(1, outcome.outLines().size(), outcome.out());
        String line = outcome.outLines().get(0);
        assertTrue(SUMMARY_JSON.matcher(line).matches(), line);
        assertTrue(line.contains("\"episodes\": 20, \"seed\": 7"), line);
    }

    @Test
    void baselineWithoutTaskCoversAllThreeInOrder() {
        Outcome outcome = cloudrl("baseline", "--episodes", "5", "--json");
        assertEquals(0, outcome.exitCode(), outcome.err());
        List<String> lines = outcome.outLines();
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("{\"task\": \"easy\""));
        assertTrue(lines.get(1).startsWith("{\"task\": \"medium\""));
        assertTrue(lines.get(2).startsWith("{\"task\": \"hard\""));
    }

    @Test
    void baselineTextNamesEveryFigure() {
        Outcome outcome = cloudrl("baseline", "--task", "easy", "--episodes", "10");
        assertEquals(0, outcome.exitCode(), outcome.err());
        for (String label : new String[] {"cumulative reward", "95% CI", "final score", "avg cpu", "avg memory",
                "avg latency", "ended early", "passed"}) {
            assertTrue(outcome.out().contains(label), () -> label + " missing in\n" + outcome.out());
        }
    }

    @Test
    void theSameSeedPrintsTheSameFigures() {
        assertEquals(cloudrl("baseline", "--task", "hard", "--episodes", "25", "--seed", "3", "--json").out(),
                cloudrl("baseline", "--task", "hard", "--episodes", "25", "--seed", "3", "--json").out());
    }

    @Test
    void runPrintsEveryStepThenTheGrade() {
        Outcome outcome = cloudrl("run", "--task", "easy", "--seed", "11");
        assertEquals(0, outcome.exitCode(), outcome.err());
        List<String> lines = outcome.outLines();
        assertTrue(lines.get(1).matches("\\s*step\\s+action\\s+reward\\s+cpu %\\s+mem %\\s+rate\\s+servers\\s+latency"),
                lines.get(1));
        long steps = lines.stream().filter(l -> l.matches("\\s*\\d+\\s+(remove 1|keep|add 1)\\s.*")).count();
        assertTrue(steps >= 1 && steps <= 100);
        assertTrue(outcome.out().contains("grade: final score"), outcome.out());
        assertTrue(outcome.out().contains("ended by"), outcome.out());
    }

    @Test
    void badInputGetsOneLineAndExitCodeTwo() {
        assertBadInput(cloudrl("baseline", "--task", "extreme"),
                "unknown task 'extreme': choose one of easy, medium, hard");
        assertBadInput(cloudrl("baseline", "--episodes", "0"), "--episodes 0 is not allowed: must be in [1, 100000]");
        assertBadInput(cloudrl("baseline", "--seed", "abc"), "'abc' is not a long");
        assertBadInput(cloudrl("run", "--seed", "1.5"), "'1.5' is not a long");
        assertBadInput(cloudrl("run", "--task"), "Missing required parameter");
        assertBadInput(cloudrl("nonsense"), "unknown command 'nonsense'");
    }

    @Test
    void helpAndVersionWork() {
        Outcome help = cloudrl("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("baseline") && help.out().contains("run"), help.out());
        for (String command : new String[] {"baseline", "run"}) {
            Outcome sub = cloudrl(command, "--help");
            assertEquals(0, sub.exitCode());
            assertTrue(sub.out().contains("--seed"), sub.out());
        }
        Outcome version = cloudrl("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("cloudrl "), version.out());
        assertFalse(version.out().contains("${"), "the version was filtered in: " + version.out());
    }

    @Test
    void descriptionsEscapeTheirPercentSigns() {
        // picocli treats descriptions as format strings; a lone % garbles the help with a warning
        Pattern lonePercent = Pattern.compile("%");
        CommandLine root = CloudRl.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<CommandLine> commands = new ArrayList<>(root.getSubcommands().values());
        commands.add(root);
        for (CommandLine command : commands) {
            for (String line : command.getCommandSpec().usageMessage().description()) {
                assertFalse(lonePercent.matcher(line.replace("%%", "").replace("%n", "")).find(),
                        () -> "unescaped % in: " + line);
            }
            command.getCommandSpec().options().forEach(option -> {
                for (String line : option.description()) {
                    assertFalse(lonePercent.matcher(line.replace("%%", "").replace("%n", "")).find(),
                        () -> "unescaped % in: " + line);
                }
            });
        }
    }

    private static void assertBadInput(Outcome outcome, String fragment) {
        assertEquals(ErrorReporter.BAD_INPUT, outcome.exitCode(), outcome.err());
        assertEquals(1, outcome.err().lines().count(), () -> "one line expected:\n" + outcome.err());
        assertTrue(outcome.err().contains(fragment), () -> "expected '" + fragment + "' in " + outcome.err());
        assertFalse(outcome.err().contains("\tat "), "no stack trace");
        assertTrue(outcome.out().isEmpty(), outcome.out());
    }
}
