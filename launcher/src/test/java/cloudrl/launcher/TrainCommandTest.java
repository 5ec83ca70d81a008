package cloudrl.launcher;

import cloudrl.launcher.CommandLineTest.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static cloudrl.launcher.CommandLineTest.cloudrl;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainCommandTest {

    @TempDir
    Path directory;

    /** Bad input: exit code 2, one line on standard error, nothing on standard output, nothing written. */
    private void rejected(String expected, String... args) throws IOException {
        Outcome outcome = cloudrl(args);
        assertEquals(ErrorReporter.BAD_INPUT, outcome.exitCode(), outcome.err());
        assertEquals(expected, outcome.err().strip());
        assertEquals(1, outcome.err().strip().lines().count(), outcome.err());
        assertEquals("", outcome.out());
        try (var written = Files.list(directory)) {
            assertTrue(written.allMatch(path -> path.getFileName().toString().equals("a-file")), "nothing written");
        }
    }

    @Test
    void anUnknownAgentNamesTheAgents() throws IOException {
        rejected("cloudrl train: Invalid value for option '--agent': unknown agent 'a2c': choose one of dqn, ppo"
                + " (see 'cloudrl train --help')", "train", "--agent", "a2c", "--out", directory.resolve("x").toString());
    }

    @Test
    void stepsMustBePositive() throws IOException {
        rejected("cloudrl train: --steps 0 is not allowed: must be at least 1 (see 'cloudrl train --help')",
                "train", "--agent", "dqn", "--steps", "0", "--out", directory.resolve("x").toString());
    }

    @Test
    void theOutputDirectoryIsRequired() throws IOException {
        rejected("cloudrl train: Missing required option: '--out=DIR' (see 'cloudrl train --help')",
                "train", "--agent", "ppo");
    }

    @Test
    void theOutputMustNotBeAFile() throws IOException {
        Path file = Files.writeString(directory.resolve("a-file"), "keep me");
        rejected("cloudrl train: --out " + file + " is a file: give a directory (it is created if missing)"
                + " (see 'cloudrl train --help')", "train", "--agent", "dqn", "--out", file.toString());
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void anUnknownHyperParameterNamesTheAllowedOnes() throws IOException {
        Outcome outcome = cloudrl("train", "--agent", "dqn", "--hyper", "momentum=0.9", "--out",
                directory.resolve("x").toString());
        assertEquals(ErrorReporter.BAD_INPUT, outcome.exitCode());
        assertTrue(outcome.err().startsWith("cloudrl train: unknown hyper-parameter 'momentum' for dqn: allowed are envs,"),
                outcome.err());
    }

    @Test
    void policyParametersAreRefused() throws IOException {
        rejected("cloudrl train: --param policy.model is not allowed: train takes workload., reward., actions. and fleet. parameters only"
                        + " (see 'cloudrl train --help')",
                "train", "--agent", "dqn", "--param", "policy.model=x", "--out", directory.resolve("x").toString());
    }

    @Test
    void aTrainedAgentPlaysInRunAndEvaluate() throws IOException {
        Path out = directory.resolve("agent");
        Outcome trained = cloudrl("train", "--agent", "dqn", "--task", "easy", "--steps", "640", "--seed", "2",
                "--out", out.toString());
        assertEquals(0, trained.exitCode(), trained.err());
        assertTrue(trained.out().startsWith("training dqn on easy · gaussian workload · seed-shaped reward · 640 steps"
                + " · seed 2\n"), trained.out());
        assertTrue(trained.out().contains("\n100%  640/640 steps  "), "plain progress lines off a terminal: " + trained.out());
        assertTrue(trained.out().contains("\ntrained 640 steps in "), trained.out());
        assertTrue(trained.out().contains("\nevaluate it:    cloudrl evaluate --policy dqn --param policy.model=" + out
                + " --task easy\n"), trained.out());
        assertTrue(Files.isRegularFile(out.resolve("model/agent.properties")));
        assertTrue(Files.isRegularFile(out.resolve("learning-curve.csv")));
        assertTrue(Files.isRegularFile(out.resolve("learning-curve.png")));

        Outcome run = cloudrl("run", "--policy", "dqn", "--param", "policy.model=" + out, "--task", "easy");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("easy · policy dqn · seed 0"), run.out());

        Outcome evaluate = cloudrl("evaluate", "--policy", "dqn", "--param", "policy.model=" + out, "--task", "easy",
                "--episodes", "3", "--json");
        assertEquals(0, evaluate.exitCode(), evaluate.err());
        assertTrue(evaluate.out().startsWith("{\"task\": \"easy\", \"policy\": \"dqn\", \"episodes\": 3"), evaluate.out());

        // a second run into the same directory would replace the model: refused unless --force
        byte[] model = Files.readAllBytes(out.resolve("model/network.params"));
        Outcome again = cloudrl("train", "--agent", "dqn", "--task", "easy", "--steps", "640", "--seed", "3",
                "--out", out.toString());
        assertEquals(ErrorReporter.BAD_INPUT, again.exitCode(), again.err());
        assertEquals("cloudrl train: --out " + out + " already holds a trained model: add --force to replace it, or"
                + " give another directory (see 'cloudrl train --help')", again.err().strip());
        assertEquals("", again.out());
        assertArrayEquals(model, Files.readAllBytes(out.resolve("model/network.params")));
        Outcome forced = cloudrl("train", "--agent", "dqn", "--task", "easy", "--steps", "640", "--seed", "3",
                "--out", out.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.readString(out.resolve("model/agent.properties")).contains("\ntraining.seed=3\n"));
    }

    @Test
    void aModelPerTaskPlaysThePlayedTasksModelWithoutAWarningOrNamesTheMissingOne() {
        Path models = directory.resolve("models");
        Outcome trained = cloudrl("train", "--agent", "ppo", "--task", "easy", "--steps", "300", "--hyper",
                "rolloutLength=8", "--out", models.resolve("easy").toString());
        assertEquals(0, trained.exitCode(), trained.err());
        // the provider's warnings go through SLF4J to the process's standard error
        PrintStream standardError = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        Outcome easy;
        Outcome medium;
        Outcome elsewhere;
        try {
            System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
            easy = cloudrl("evaluate", "--policy", "ppo", "--param", "policy.model=" + models, "--task", "easy",
                    "--episodes", "2");
            medium = cloudrl("evaluate", "--policy", "ppo", "--param", "policy.model=" + models, "--episodes", "2");
            assertEquals("", logged.toString(StandardCharsets.UTF_8), "a model played on its own task is not warned about");
            elsewhere = cloudrl("evaluate", "--policy", "ppo", "--param", "policy.model=" + models.resolve("easy"),
                    "--task", "hard", "--episodes", "2");
        } finally {
            System.setErr(standardError);
        }
        assertEquals(0, easy.exitCode(), easy.err());
        assertTrue(easy.out().startsWith("easy · policy ppo · 2 episodes"), easy.out());
        assertEquals(ErrorReporter.BAD_INPUT, medium.exitCode(), medium.err());
        assertEquals("cloudrl evaluate: policy ppo: model=" + models + " is not allowed: it holds a model per task (easy)"
                + " but none for task medium: expected " + models.resolve("medium"), medium.err().strip());
        assertEquals("", medium.out());
        assertEquals(0, elsewhere.exitCode(), elsewhere.err());
        assertTrue(logged.toString(StandardCharsets.UTF_8).contains("was trained on task easy with workload gaussian;"
                + " it is played on other traffic"), logged.toString(StandardCharsets.UTF_8));
    }

    @Test
    void resumeContinuesFromTheLastCompleteCheckpoint() throws IOException {
        Path out = directory.resolve("resumed");
        Outcome first = cloudrl("train", "--agent", "ppo", "--task", "easy", "--steps", "300", "--seed", "4", "--hyper",
                "rolloutLength=8", "--out", out.toString());
        assertEquals(0, first.exitCode(), first.err());
        Properties before = metadata(out);
        long trained = Long.parseLong(before.getProperty("training.steps"));
        List<String> curveBefore = Files.readAllLines(out.resolve("learning-curve.csv"));

        Outcome tooFew = cloudrl("train", "--resume", out.toString(), "--steps", Long.toString(trained));
        assertEquals(ErrorReporter.BAD_INPUT, tooFew.exitCode(), tooFew.err());
        assertEquals("cloudrl train: --steps " + trained + " is not allowed: the checkpoint in " + out + " has trained "
                + trained + " steps already; give more in all (see 'cloudrl train --help')", tooFew.err().strip());
        Outcome mixed = cloudrl("train", "--resume", out.toString(), "--task", "hard", "--steps", "600");
        assertEquals(ErrorReporter.BAD_INPUT, mixed.exitCode(), mixed.err());
        assertTrue(mixed.err().startsWith("cloudrl train: --task cannot be combined with --resume"), mixed.err());

        Outcome resumed = cloudrl("train", "--resume", out.toString(), "--steps", "600");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.out().startsWith("resuming from step " + trained + ": ppo on easy · gaussian workload"
                + " · seed-shaped reward · 600 steps · seed 4\n"), resumed.out());
        Properties after = metadata(out);
        assertTrue(Long.parseLong(after.getProperty("training.steps")) >= 600, after::toString);
        assertEquals("4", after.getProperty("training.seed"));
        assertEquals(before.getProperty("hyper.rolloutLength"), after.getProperty("hyper.rolloutLength"));
        // the checkpoint is kept until a model scores higher on the same evaluation episodes
        assertTrue(Double.parseDouble(after.getProperty("training.evaluationReturn"))
                >= Double.parseDouble(before.getProperty("training.evaluationReturn")), after::toString);
        // the learning curve goes on from the checkpoint: its earlier points are kept
        List<String> curveAfter = Files.readAllLines(out.resolve("learning-curve.csv"));
        assertEquals(curveBefore, curveAfter.subList(0, curveBefore.size()));
        assertTrue(curveAfter.size() > curveBefore.size(), curveAfter::toString);
    }

    @Test
    void resumeKeepsTheActionAndFleetParametersTrainedOnAndRefusesACheckpointTheyDoNotFit() throws IOException {
        // multi-step with k = 2: remove or add up to 2, so 5 actions where the scenario's own k = 3 has 7
        Path out = directory.resolve("two-steps");
        Outcome first = cloudrl("train", "--agent", "ppo", "--scenario", "multi-step", "--param", "actions.k=2",
                "--param", "fleet.bootSteps=2", "--steps", "300", "--seed", "4", "--hyper", "rolloutLength=8", "--out",
                out.toString());
        assertEquals(0, first.exitCode(), first.err());
        Properties before = metadata(out);
        assertEquals("2", before.getProperty("actions.k"), before::toString);
        assertEquals("2", before.getProperty("fleet.bootSteps"), before::toString);
        assertEquals("5", before.getProperty("network.outputs"));

        Outcome resumed = cloudrl("train", "--resume", out.toString(), "--steps", "600");
        assertEquals(0, resumed.exitCode(), resumed.err());
        Properties after = metadata(out);
        assertEquals("2", after.getProperty("actions.k"), after::toString);
        assertEquals("2", after.getProperty("fleet.bootSteps"), after::toString);
        assertEquals("5", after.getProperty("network.outputs"));
        assertTrue(Long.parseLong(after.getProperty("training.steps")) >= 600, after::toString);
        // the hint plays it where it was trained
        assertTrue(resumed.out().contains(" --scenario multi-step ") && resumed.out().contains("--param actions.k=2")
                && resumed.out().contains("--param fleet.bootSteps=2"), resumed.out());

        // a checkpoint that does not say k = 2 (as one saved before the parameters were recorded) rebuilds the
        // scenario's 7 actions, which its 5 outputs do not fit: one line, nothing trained
        Path metadata = out.resolve("model/agent.properties");
        List<String> lines = Files.readAllLines(metadata);
        Files.write(metadata, lines.stream().filter(line -> !line.startsWith("actions.k=")).toList());
        Outcome misfit = cloudrl("train", "--resume", out.toString(), "--steps", "900");
        assertEquals(ErrorReporter.BAD_INPUT, misfit.exitCode(), misfit.err());
        assertEquals(1, misfit.err().strip().lines().count(), misfit.err());
        assertTrue(misfit.err().contains("5 actions") && misfit.err().contains("and 7 actions"), misfit.err());
        assertEquals(after.getProperty("training.steps"), metadata(out).getProperty("training.steps"));
    }

    private static Properties metadata(Path out) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(out.resolve("model/agent.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void theHintToEvaluateNamesTheWorkloadTrainedOn() {
        Path out = directory.resolve("bursty");
        Outcome trained = cloudrl("train", "--agent", "ppo", "--task", "hard", "--workload", "bursty", "--param",
                "workload.burstFactor=3", "--steps", "300", "--hyper", "rolloutLength=8", "--out", out.toString());
        assertEquals(0, trained.exitCode(), trained.err());
        // the header states every workload parameter as used, defaults filled in
        assertTrue(trained.out().startsWith("training ppo on hard · bursty (burstFactor=3, enterBurst=0.05,"
                + " leaveBurst=0.25, noise=0.5) workload · seed-shaped reward · 300 steps"), trained.out());
        assertTrue(trained.out().contains("\nevaluate it:    cloudrl evaluate --policy ppo --param policy.model=" + out
                + " --task hard --workload bursty --param workload.burstFactor=3\n"), trained.out());
    }

    @Test
    void aMissingModelIsOneLineNamingThePath() {
        Path missing = directory.resolve("never-trained");
        Outcome outcome = cloudrl("evaluate", "--policy", "ppo", "--param", "policy.model=" + missing, "--episodes", "1");
        assertEquals(ErrorReporter.BAD_INPUT, outcome.exitCode());
        assertEquals("cloudrl evaluate: policy ppo: cannot load " + missing + ": model directory " + missing
                + " does not exist: give the --out directory of 'cloudrl train'", outcome.err().strip());
    }
}
