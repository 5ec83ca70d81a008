package cloudrl.launcher;

import cloudrl.launcher.CommandLineTest.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static cloudrl.launcher.CommandLineTest.cloudrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What a new user ran into (issue 12), one test per problem, each through the command line. */
class FirstUseProblemsTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void noDisplay() {
        System.setProperty("java.awt.headless", "true");
    }

    private static void assertBadInput(Outcome outcome, String expected) {
        assertEquals(ErrorReporter.BAD_INPUT, outcome.exitCode(), outcome.err());
        assertEquals(1, outcome.err().lines().count(), () -> "one line expected:\n" + outcome.err());
        assertTrue(outcome.err().contains(expected), () -> "expected '" + expected + "' in " + outcome.err());
        assertFalse(outcome.err().contains("\tat "), "no stack trace");
        assertEquals("", outcome.out(), "nothing printed before the refusal");
    }

    @Test
    void episodeCountsAboveTheBoundAreRefusedAtOnce() {
        String bound = "--episodes 2147483647 is not allowed: must be in [1, 100000]";
        assertBadInput(cloudrl("baseline", "--episodes", "2147483647"), bound);
        assertBadInput(cloudrl("evaluate", "--episodes", "2147483647"), bound);
        assertBadInput(cloudrl("evaluate", "--policies", "threshold,hpa", "--episodes", "2147483647"), bound);
        assertBadInput(cloudrl("evaluate", "--episodes", "100001"), "must be in [1, 100000]");
    }

    @Test
    void aFileWhereADirectoryShouldBeIsCalledThatBeforeAnyWork() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "x");
        Path png = file.resolve("x.png");
        assertBadInput(cloudrl("plot", "--out", png.toString()),
                "--out: cannot write " + png + ": " + file + " is not a directory");
        assertBadInput(cloudrl("evaluate", "--policies", "threshold", "--episodes", "2", "--plots",
                file.resolve("charts").toString()), file + " is not a directory");
    }

    @Test
    void unwritableOutputsNameTheirCauseBeforeAnyWork() {
        // /proc refuses new files even to root, whatever its permission bits say
        assumeTrue(Files.isDirectory(Path.of("/proc/self")));
        for (List<String> args : List.of(List.of("plot", "--out", "/proc/foo.png"),
                List.of("evaluate", "--policies", "threshold", "--episodes", "2", "--plots", "/proc"),
                List.of("train", "--agent", "dqn", "--out", "/proc/foo"))) {
            Outcome outcome = cloudrl(args.toArray(String[]::new));
            assertEquals(ErrorReporter.BAD_INPUT, outcome.exitCode(), args + ": " + outcome.err());
            assertEquals("", outcome.out(), args + " printed before refusing");
            String line = outcome.err().strip();
            assertEquals(1, line.lines().count(), line);
            assertTrue(line.matches(".*cannot write (into )?/proc(/foo(\\.png)?)?: [a-z].*"), line);
            assertFalse(line.contains(".part") || line.contains(".probe"), "names a temporary file: " + line);
        }
    }

    @Test
    void plotWritesItsPngWithTheModeOfAnyNewFile() throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        // the reference: a file made the ordinary way, under the same umask
        Set<PosixFilePermission> ordinary = Files.getPosixFilePermissions(Files.createFile(folder.resolve("plain")));
        Path png = folder.resolve("chart.png");
        Outcome outcome = cloudrl("plot", "--task", "easy", "--out", png.toString());
        assertEquals(0, outcome.exitCode(), outcome.err());
        assertEquals(ordinary, Files.getPosixFilePermissions(png));
    }

    @Test
    void aDirectoryGivenAsTheTraceFileIsCalledADirectory() {
        assertBadInput(cloudrl("run", "--workload", "trace", "--param", "workload.file=" + folder),
                "file=" + folder + " is not allowed: is a directory");
    }

    @Test
    void aRepeatedHyperParameterIsRefusedLikeARepeatedParam() {
        assertBadInput(cloudrl("train", "--agent", "dqn", "--out", folder.resolve("run").toString(),
                "--hyper", "gamma=0.9", "--hyper", "gamma=0.95"), "--hyper gamma is given twice: give it once");
        assertFalse(Files.exists(folder.resolve("run")));
    }

    @Test
    void rangeMessagesStateTheRealHalfOpenRanges() {
        assertBadInput(cloudrl("run", "--policy", "hpa", "--param", "policy.target=0x32"),
                "policy hpa: target=0x32 is not allowed: must be a number in (0, 100]");
        assertBadInput(cloudrl("run", "--reward", "sla", "--param", "reward.slo=abc"),
                "reward sla: slo=abc is not allowed: must be a number in (0, 1e6]");
        assertBadInput(cloudrl("run", "--param", "reward.cpuLow=NaN"),
                "reward seed-shaped: cpuLow=NaN is not allowed: must be a number in [0, 100)");
        assertBadInput(cloudrl("run", "--param", "reward.cpuLow=100"), "must be a number in [0, 100)");
        assertBadInput(cloudrl("run", "--policy", "hpa", "--param", "policy.tolerance=1"),
                "tolerance=1 is not allowed: must be a number in [0, 1)");
    }

    @Test
    void oneEpisodeHasNoIntervalAndSaysSo() {
        Outcome text = cloudrl("evaluate", "--task", "easy", "--episodes", "1");
        assertEquals(0, text.exitCode(), text.err());
        List<String> intervals = text.outLines().stream().filter(line -> line.contains("95% CI")).toList();
        assertEquals(2, intervals.size(), text.out());
        intervals.forEach(line -> assertTrue(line.endsWith("95% CI n/a (one episode)"), line));
        Outcome json = cloudrl("evaluate", "--task", "easy", "--episodes", "1", "--json");
        assertTrue(json.out().contains("\"ci95_low\": null, \"ci95_high\": null"), json.out());
        Outcome two = cloudrl("evaluate", "--task", "easy", "--episodes", "2");
        assertFalse(two.out().contains("n/a"), two.out());
    }

    @Test
    void aComparisonOfOneEpisodeHasNoIntervalsEither() {
        Outcome text = cloudrl("evaluate", "--policies", "threshold,maintain", "--tasks", "easy", "--episodes", "1");
        assertEquals(0, text.exitCode(), text.err());
        List<String> rows = text.outLines().stream().filter(line -> line.startsWith("| maintain ")).toList();
        assertEquals(2, rows.size(), text.out());
        rows.forEach(row -> assertTrue(row.contains("[n/a]") && !row.matches(".*\\[[0-9.]+, [0-9.]+\\].*"), row));
        Outcome json = cloudrl("evaluate", "--policies", "threshold,maintain", "--tasks", "easy", "--episodes", "1",
                "--json");
        assertTrue(json.out().contains("\"ci95_low\": null, \"ci95_high\": null"), json.out());
        Outcome two = cloudrl("evaluate", "--policies", "threshold,maintain", "--tasks", "easy", "--episodes", "2");
        assertFalse(two.out().contains("n/a]"), two.out());
    }

    @Test
    void oracleJsonIsTheSameOnEveryRunUnlessTimingsAreAskedFor() {
        Outcome first = cloudrl("oracle", "--task", "easy", "--json");
        Outcome second = cloudrl("oracle", "--task", "easy", "--json");
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(first.out(), second.out());
        assertFalse(first.out().contains("millis"), first.out());
        Outcome timed = cloudrl("oracle", "--task", "easy", "--json", "--timings");
        assertTrue(timed.out().matches("(?s).*\"plan_millis\": \\d+\\.\\d+.*"), timed.out());
    }

    @Test
    void theCommandListShowsEveryDescriptionWhole() {
        Outcome help = cloudrl("--help");
        assertEquals(0, help.exitCode(), help.err());
        String flowing = help.out().replaceAll("\\s+", " ");
        CommandLine root = CloudRl.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        for (Map.Entry<String, CommandLine> command : root.getSubcommands().entrySet()) {
            if (command.getValue().getCommand() instanceof CommandLine.HelpCommand) {
                continue; // picocli's own
            }
            String[] lines = command.getValue().getCommandSpec().usageMessage().description();
            // one paragraph each, wrapped by picocli; lines fixed in the source break mid-sentence
            assertEquals(1, lines.length, command.getKey() + " has its description in " + lines.length + " lines");
            String whole = String.format(lines[0]).replaceAll("\\s+", " ");
            assertTrue(flowing.contains(command.getKey() + " " + whole),
                    () -> command.getKey() + "'s description is cut in\n" + help.out());
        }
    }

    @Test
    void guiChecksItsArgumentsBeforeLookingForADisplay() {
        assertBadInput(cloudrl("gui", "--policy", "nope"), "nope");
    }

    @Test
    void anUnknownCommandIsCalledThatAndTheCommandsAreListed() {
        CommandLine root = CloudRl.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        String commands = root.getSubcommands().keySet().stream().collect(Collectors.joining(", "));
        assertBadInput(cloudrl("frobnicate"), "cloudrl: unknown command 'frobnicate': the commands are " + commands);
        assertTrue(commands.startsWith("gui, baseline, evaluate"), commands);
    }
}
