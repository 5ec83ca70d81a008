package cloudrl.launcher;

import cloudrl.agents.TrainedPolicy;
import cloudrl.api.Episode;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Rollout;
import cloudrl.env.Task;
import cloudrl.evaluation.Evaluation;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.PluginDiscovery;
import cloudrl.plugins.Selection;
import cloudrl.policy.RandomPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static cloudrl.launcher.CommandLineTest.cloudrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A short DQN run with history on NASA's train days beats random play on its test days. */
class TraceTrainingTest {

    @TempDir
    Path folder;

    @Test
    void aShortRunWithHistoryOnTheTrainSplitBeatsRandomOnTheTestSplit() {
        Path out = folder.resolve("nasa");
        CommandLineTest.Outcome trained = cloudrl("train", "--agent", "dqn", "--task", "medium", "--workload",
                "nasa-1995", "--param", "workload.split=train", "--steps", "20000", "--hyper", "history=4", "--seed",
                "1", "--out", out.toString());
        assertEquals(0, trained.exitCode(), trained.err());
        assertTrue(trained.outLines().get(0).startsWith("training dqn on medium · nasa-1995 (split=train,"),
                trained.outLines().get(0));
        Selection test = Selection.of(null, null, "nasa-1995", List.of("workload.split=test"));
        CloudEnvironment environment = new Assembly(PluginDiscovery.builtIns()).environment(Task.MEDIUM, test, 0);
        long[] seeds = Evaluation.episodeSeeds(42, 100);
        double[] gains = new double[seeds.length];
        try (TrainedPolicy agent = TrainedPolicy.load(out)) {
            assertEquals(4, agent.metadata().features().history());
            RandomPolicy random = new RandomPolicy(3);
            for (int i = 0; i < seeds.length; i++) {
                Episode mine = Rollout.play(environment, agent, seeds[i]);
                Episode theirs = Rollout.play(environment, random, seeds[i]);
                gains[i] = mine.cumulativeReward() - theirs.cumulativeReward();
            }
        }
        double mean = java.util.Arrays.stream(gains).average().orElseThrow();
        double variance = java.util.Arrays.stream(gains).map(g -> (g - mean) * (g - mean)).sum() / (gains.length - 1);
        double standardError = Math.sqrt(variance / gains.length);
        // paired over the same 100 test-split episodes: mean - 4 standard errors (one-sided p < 4e-5 under a
        // normal approximation) must still be a gain
        assertTrue(mean - 4 * standardError > 0, "mean gain " + mean + " ± " + standardError);
    }
}
