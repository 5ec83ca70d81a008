package cloudrl.agents;

import cloudrl.api.Episode;
import cloudrl.api.Observation;
import cloudrl.api.Policy;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Rollout;
import cloudrl.env.Task;
import cloudrl.evaluation.Evaluation;
import cloudrl.policy.RandomPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Short seeded training runs on the easy task: they learn, the saved model acts exactly as the
 * trained one did, the same seed gives the same model, and a stopped run saves what it has.
 */
class TrainingTest {

    /** Environment steps of the short runs: a few seconds each. */
    static final long SHORT_RUN = 20_000;

    @TempDir
    static Path shared;

    static Path dqnOut;
    static Path ppoOut;
    static TrainingOutcome dqnOutcome;
    static float[] probes;
    static float[] dqnOutputsInMemory;
    static float[] ppoOutputsInMemory;

    @BeforeAll
    static void trainOneOfEach() throws IOException {
        probes = probeFeatures(500, 11);
        dqnOut = shared.resolve("dqn");
        AtomicReference<float[]> dqnOutputs = new AtomicReference<>();
        dqnOutcome = Training.run(plan(AgentKind.DQN, SHORT_RUN, 3, dqnOut), progress -> { }, () -> false,
                policy -> dqnOutputs.set(policy.outputs(probes)));
        dqnOutputsInMemory = dqnOutputs.get();
        ppoOut = shared.resolve("ppo");
        AtomicReference<float[]> ppoOutputs = new AtomicReference<>();
        Training.run(plan(AgentKind.PPO, SHORT_RUN, 3, ppoOut), progress -> { }, () -> false,
                policy -> ppoOutputs.set(policy.outputs(probes)));
        ppoOutputsInMemory = ppoOutputs.get();
    }

    static TrainingPlan plan(AgentKind agent, long steps, long seed, Path out) {
        return new TrainingPlan(HyperParameters.defaults(agent), TrainingEnvironment.reference(Task.EASY), steps, seed, out);
    }

    /** States the agents could meet, as raw features: 1 to 8 servers, rates around the tasks' levels, any step. */
    static float[] probeFeatures(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CloudEnvironment environment = CloudEnvironment.of(Task.EASY);
        float[] rows = new float[count * 5];
        for (int k = 0; k < count; k++) {
            int servers = 1 + random.nextInt(8);
            int rate = random.nextInt(160);
            Observation observation = new Observation(environment.config().cpuUtilisation(rate, servers),
                    environment.config().memoryUtilisation(rate, servers), rate, servers);
            observation.copyInto(rows, k * 5);
            rows[k * 5 + 4] = random.nextInt(101) / 100f;
        }
        return rows;
    }

    @Test
    void aShortDqnRunClearlyBeatsTheRandomPolicyOnEasy() {
        assertClearlyBeatsRandom(dqnOut);
    }

    @Test
    void aShortPpoRunClearlyBeatsTheRandomPolicyOnEasy() {
        assertClearlyBeatsRandom(ppoOut);
    }

    private static void assertClearlyBeatsRandom(Path model) {
        try (TrainedPolicy trained = TrainedPolicy.load(model)) {
            double[] differences = pairedReturnDifferences(trained, new RandomPolicy(17), 100);
            double mean = mean(differences);
            double standardError = Math.sqrt(variance(differences, mean) / differences.length);
            // the same 100 seeded episodes for both policies, so the differences are paired; the
            // lower end of mean - 4 standard errors (one-sided p < 4e-5 under a normal approximation)
            // must still be a gain of more than 5 return units out of about 80
            assertTrue(mean - 4 * standardError > 5, "mean gain " + mean + " ± " + standardError);
        }
    }

    static double[] pairedReturnDifferences(Policy first, Policy second, int episodes) {
        CloudEnvironment environment = CloudEnvironment.of(Task.EASY);
        long[] seeds = Evaluation.episodeSeeds(99, episodes);
        double[] differences = new double[episodes];
        for (int i = 0; i < episodes; i++) {
            Episode a = Rollout.play(environment, first, seeds[i]);
            Episode b = Rollout.play(environment, second, seeds[i]);
            differences[i] = a.cumulativeReward() - b.cumulativeReward();
        }
        return differences;
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    static double variance(double[] values, double mean) {
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return sum / (values.length - 1);
    }

    @Test
    void theSavedDqnActsExactlyAsTheTrainedOne() {
        try (TrainedPolicy loaded = TrainedPolicy.load(dqnOut)) {
            assertArrayEquals(dqnOutputsInMemory, loaded.outputs(probes), "Q-values, bit for bit");
            assertEquals(AgentKind.DQN, loaded.metadata().agent());
            assertEquals("complete", loaded.metadata().status());
            assertEquals(SHORT_RUN, loaded.metadata().steps());
            assertEquals("easy", loaded.metadata().task());
            int[] batch = loaded.actions(probes);
            for (int k = 0; k < batch.length; k += 37) {
                assertEquals(argMax(dqnOutputsInMemory, k * 3), batch[k], "greedy action of probe " + k);
            }
        }
    }

    @Test
    void theSavedPpoActsExactlyAsTheTrainedOne() {
        try (TrainedPolicy loaded = TrainedPolicy.load(ppoOut)) {
            assertArrayEquals(ppoOutputsInMemory, loaded.outputs(probes), "action logits, bit for bit");
            assertEquals(AgentKind.PPO, loaded.metadata().agent());
        }
        assertTrue(Files.isRegularFile(ppoOut.resolve("model").resolve(AgentMetadata.VALUE_NETWORK_FILE)));
    }

    @Test
    void actingStepByStepCountsTheStepsSinceReset() {
        try (TrainedPolicy loaded = TrainedPolicy.load(dqnOut)) {
            // the policy fills in the elapsed time itself: step k of an episode is probe row k's time
            float[] episode = new float[5 * 5];
            Observation observation = new Observation(33.3, 30, 40, 2);
            List<Integer> stepByStep = new ArrayList<>();
            loaded.reset();
            for (int k = 0; k < 5; k++) {
                observation.copyInto(episode, k * 5);
                episode[k * 5 + 4] = k / 100f;
                stepByStep.add(loaded.act(observation).index());
            }
            int[] batch = loaded.actions(episode);
            for (int k = 0; k < 5; k++) {
                assertEquals(batch[k], stepByStep.get(k), "step " + k);
            }
            loaded.reset();
            assertEquals(batch[0], loaded.act(observation).index(), "reset starts counting again");
        }
    }

    static int argMax(float[] values, int from) {
        int best = 0;
        for (int a = 1; a < 3; a++) {
            if (values[from + a] > values[from + best]) {
                best = a;
            }
        }
        return best;
    }

    @Test
    void theRunWritesItsLearningCurve() throws IOException {
        List<String> lines = Files.readAllLines(dqnOutcome.curveCsv());
        assertEquals("steps,seconds,episodes,mean_return_last_100,greedy_return,epsilon,loss", lines.get(0));
        assertTrue(lines.size() > 90, "about 100 points: " + lines.size());
        assertTrue(lines.get(lines.size() - 1).startsWith(SHORT_RUN + ","), lines.get(lines.size() - 1));
        byte[] png = Files.readAllBytes(dqnOutcome.curvePng());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        assertFalse(dqnOutcome.interrupted());
    }

    @Test
    void theSameSeedTrainsTheSameModel(@TempDir Path directory) throws IOException {
        for (AgentKind agent : AgentKind.values()) {
            Path first = directory.resolve(agent.id() + "-first");
            Path second = directory.resolve(agent.id() + "-second");
            Training.run(plan(agent, 3_000, 5, first), progress -> { }, () -> false);
            Training.run(plan(agent, 3_000, 5, second), progress -> { }, () -> false);
            assertArrayEquals(Files.readAllBytes(first.resolve("model").resolve(AgentMetadata.NETWORK_FILE)),
                    Files.readAllBytes(second.resolve("model").resolve(AgentMetadata.NETWORK_FILE)), agent.id());
        }
    }

    @Test
    void aStoppedRunSavesTheModelAsItStands(@TempDir Path directory) throws IOException {
        AtomicInteger polls = new AtomicInteger();
        TrainingOutcome outcome = Training.run(plan(AgentKind.DQN, 1_000_000, 1, directory), progress -> { },
                () -> polls.incrementAndGet() > 300);
        assertTrue(outcome.interrupted());
        long steps = 300L * HyperParameters.defaults(AgentKind.DQN).whole("envs");
        assertEquals(steps, outcome.progress().steps());
        try (TrainedPolicy loaded = TrainedPolicy.load(directory)) {
            assertEquals("interrupted", loaded.metadata().status());
            assertEquals(steps, loaded.metadata().steps());
        }
    }
}
