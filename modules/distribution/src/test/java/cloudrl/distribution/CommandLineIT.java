package cloudrl.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What users run, run the way they run it: the repository's {@code ./cloudrl} script and the archive's
 * {@code bin/cloudrl}, each as a real process, so a broken script, module path or packaging fails here.
 */
class CommandLineIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(Launchers.class)
    void baselineJsonHasTheDocumentedKeys(Launchers launcher) throws IOException {
        Launchers.Result result = launcher.run(work, MINUTE, "baseline", "--task", "easy", "--episodes", "5", "--json");
        assertEquals(0, result.exit(), result.toString());
        assertEquals("", result.err());
        assertEquals(1, result.outLines().size(), result.out());
        JsonNode line = JSON.readTree(result.out());
        // the keys the README lists
        assertEquals(Set.of("task", "policy", "episodes", "seed", "cumulative_reward", "final_score", "avg_cpu",
                "avg_memory", "avg_latency", "ended_early_fraction", "passed_fraction"), keys(line));
        assertEquals(Set.of("mean", "ci95_low", "ci95_high"), keys(line.get("cumulative_reward")));
        assertEquals("easy", line.get("task").asText());
        assertEquals(5, line.get("episodes").asInt());
        JsonNode score = line.get("final_score");
        assertTrue(score.get("ci95_low").asDouble() <= score.get("mean").asDouble()
                && score.get("mean").asDouble() <= score.get("ci95_high").asDouble(), score.toString());
    }

    @ParameterizedTest
    @EnumSource(Launchers.class)
    void runPrintsEveryStepAndAGradeThatAddsThemUp(Launchers launcher) {
        Launchers.Result result = launcher.run(work, MINUTE, "run", "--task", "easy", "--seed", "3");
        assertEquals(0, result.exit(), result.toString());
        Pattern row = Pattern.compile("^\\s*(\\d+)\\s+(remove 1|keep|add 1)\\s+([0-9.]+)\\s.*$");
        double sum = 0;
        int rows = 0;
        for (String line : result.outLines()) {
            Matcher step = row.matcher(line);
            if (step.matches()) {
                rows++;
                assertEquals(rows, Integer.parseInt(step.group(1)), line);
                sum += Double.parseDouble(step.group(3));
            }
        }
        Matcher total = Pattern.compile("cumulative reward ([0-9.]+) over (\\d+) steps").matcher(result.out());
        assertTrue(total.find(), result.out());
        assertEquals(rows, Integer.parseInt(total.group(2)));
        // each row's reward is rounded to 4 decimals: the sum may be off by half a unit in the 4th per row
        assertEquals(Double.parseDouble(total.group(1)), sum, rows * 0.00005 + 0.0005);
    }

    @ParameterizedTest
    @EnumSource(Launchers.class)
    void aJarDroppedIntoAFolderIsListedAndPlays(Launchers launcher) throws IOException {
        Path plugins = Files.createDirectories(work.resolve("my plugins"));
        Path jar = Files.copy(Launchers.archiveHome().resolve("plugins/cloudrl-example-policy.jar"),
                plugins.resolve("cooldown.jar"));
        Launchers.Result listed = launcher.run(work, MINUTE, "plugins", "--plugins", plugins.toString());
        assertEquals(0, listed.exit(), listed.toString());
        assertTrue(listed.out().contains("source: " + jar), listed.out());
        assertTrue(listed.out().lines().anyMatch(line -> line.startsWith("  cooldown ")), listed.out());
        Launchers.Result played = launcher.run(work, MINUTE, "evaluate", "--policy", "cooldown", "--plugins",
                plugins.toString(), "--task", "easy", "--episodes", "3");
        assertEquals(0, played.exit(), played.toString());
        assertEquals("easy · policy cooldown · 3 episodes · seed 0", played.outLines().get(0));
    }

    @ParameterizedTest
    @EnumSource(Launchers.class)
    void badInputGetsOneLineAndStatusTwo(Launchers launcher) {
        for (List<String> args : List.of(List.of("baseline", "--task", "nope"), List.of("run", "--seed", "x"),
                List.of("evaluate", "--episodes", "0"), List.of("bench", "--preset", "huge"),
                List.of("run", "--plugin-timeout", "-1"))) {
            Launchers.Result result = launcher.run(work, MINUTE, args.toArray(String[]::new));
            assertEquals(2, result.exit(), args + ": " + result);
            assertEquals(1, result.errLines().size(), args + ": " + result);
            assertTrue(result.err().contains(args.get(2)), args + ": " + result);
            assertEquals("", result.out(), args + ": " + result);
        }
    }

    @ParameterizedTest
    @EnumSource(Launchers.class)
    void aPluginThatThrowsIsNamedWithItsJarStepAndSeedAndStatusOne(Launchers launcher) throws IOException {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Path jar = TestPlugins.misbehaving(plugins);
        Launchers.Result run = launcher.run(work, MINUTE, "run", "--policy", "throws-at-three", "--plugins",
                plugins.toString(), "--task", "easy", "--seed", "5");
        assertEquals(1, run.exit(), run.toString());
        // it throws on its third act of the episode, which chooses step 3; run plays the episode seeded --seed
        assertEquals(List.of("cloudrl run: policy 'throws-at-three' from the plugin jar " + jar + " failed at step 3"
                + " of the episode seeded 5: act threw java.lang.IllegalStateException: boom"), run.errLines());

        // evaluate's first episode is seeded with the first number of a SplittableRandom seeded --seed
        Launchers.Result evaluate = launcher.run(work, MINUTE, "evaluate", "--policy", "throws-at-three",
                "--plugins", plugins.toString(), "--task", "easy", "--episodes", "3", "--seed", "11", "--json");
        assertEquals(1, evaluate.exit(), evaluate.toString());
        assertEquals(List.of("cloudrl evaluate: policy 'throws-at-three' from the plugin jar " + jar + " failed at step"
                + " 3 of the episode seeded " + new SplittableRandom(11).nextLong() + ": act threw"
                + " java.lang.IllegalStateException: boom"), evaluate.errLines());
        assertEquals("", evaluate.out());

        // no half-written output: plot writes its file only after the episode, which never ends
        Path charts = Files.createDirectories(work.resolve("charts"));
        Launchers.Result plot = launcher.run(work, MINUTE, "plot", "--policy", "throws-at-three", "--plugins",
                plugins.toString(), "--task", "easy", "--out", charts.resolve("episode.png").toString());
        assertEquals(1, plot.exit(), plot.toString());
        assertEquals(1, plot.errLines().size(), plot.toString());
        try (Stream<Path> files = Files.list(charts)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Launchers.class)
    void aPluginThatNeverReturnsIsNamedWithItsStepAndTheCommandStops(Launchers launcher) throws IOException {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Path jar = TestPlugins.misbehaving(plugins);
        Launchers.Result run = launcher.run(work, MINUTE, "run", "--policy", "stuck", "--plugins", plugins.toString(),
                "--task", "easy", "--seed", "4", "--plugin-timeout", "0.5");
        assertEquals(1, run.exit(), run.toString());
        assertEquals(List.of("cloudrl run: policy 'stuck' from the plugin jar " + jar + " did not return from act within"
                + " 0.5 s at step 1 of the episode seeded 4; stopping (--plugin-timeout SECONDS allows longer calls)"),
                run.errLines());
    }

    @Test
    void benchSmokePresetPrintsItsFiguresAsJson() throws IOException {
        Launchers.Result result = Launchers.SCRIPT.run(work, Duration.ofMinutes(3), "bench", "--preset", "smoke", "--json");
        assertEquals(0, result.exit(), result.toString());
        JsonNode figures = JSON.readTree(result.out());
        assertEquals(Set.of("single_env", "vector_4096_1t", "single_env_bytes_per_step", "vector_4096_1t_bytes_per_step",
                "jdk", "cpu", "cores"), keys(figures));
        assertTrue(figures.get("single_env").asLong() > 0 && figures.get("vector_4096_1t").asLong() > 0, figures.toString());
        assertEquals(System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
                figures.get("jdk").asText());
    }

    @Test
    void trainingStoppedWithSigintSavesACheckpointThatPlays() throws Exception {
        Path model = work.resolve("ppo");
        Process train = startTraining(Launchers.ARCHIVE, model);
        awaitFirstCheckpoint(train, model);
        assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(train.pid())).start().waitFor());
        assertTrue(train.waitFor(90, TimeUnit.SECONDS), "train did not stop on SIGINT");
        String out = Files.readString(work.resolve("train.out"));
        assertTrue(out.contains("interrupted after"), out + Files.readString(work.resolve("train.err")));
        assertEquals("interrupted", metadata(model).getProperty("training.status"));
        playsTheModel(Launchers.ARCHIVE, model);
    }

    @Test
    void trainingKilledWithSigkillLeavesItsLastCheckpointThatPlays() throws Exception {
        Path model = work.resolve("ppo");
        Process train = startTraining(Launchers.SCRIPT, model);
        awaitFirstCheckpoint(train, model);
        train.destroyForcibly();
        assertTrue(train.waitFor(30, TimeUnit.SECONDS), "train did not die on SIGKILL");
        assertEquals(137, train.exitValue(), "128 + SIGKILL's 9");
        assertEquals("checkpoint", metadata(model).getProperty("training.status"));
        playsTheModel(Launchers.SCRIPT, model);
    }

    private Process startTraining(Launchers launcher, Path model) throws IOException {
        // long enough that the stop comes well before the end: a checkpoint every tenth, 10,000 steps
        return launcher.start(work, work.resolve("train.out"), work.resolve("train.err"), Map.of(), "train",
                "--agent", "ppo", "--task", "easy", "--steps", "100000", "--seed", "1", "--out", model.toString());
    }

    private void awaitFirstCheckpoint(Process train, Path model) throws IOException, InterruptedException {
        Path metadata = model.resolve("model/agent.properties");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(metadata) && train.isAlive() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        assertTrue(train.isAlive(), "train ended before its first checkpoint: "
                + Files.readString(work.resolve("train.out")) + Files.readString(work.resolve("train.err")));
        assertTrue(Files.exists(metadata), "no checkpoint within two minutes");
    }

    private void playsTheModel(Launchers launcher, Path model) {
        Launchers.Result run = launcher.run(work, MINUTE, "run", "--policy", "ppo:" + model, "--task", "easy",
                "--seed", "2");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.outLines().get(0).startsWith("easy · policy ppo · seed 2"), run.out());
        assertTrue(run.out().contains("grade: final score "), run.out());
    }

    private static Properties metadata(Path model) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(model.resolve("model/agent.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> keys = new TreeSet<>();
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        keys.addAll(names);
        assertFalse(keys.isEmpty(), object.toString());
        return keys;
    }
}
