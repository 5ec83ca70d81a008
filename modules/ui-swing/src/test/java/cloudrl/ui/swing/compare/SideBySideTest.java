package cloudrl.ui.swing.compare;

import cloudrl.env.CloudEnvironment;
import cloudrl.env.Rollout;
import cloudrl.env.Task;
import cloudrl.evaluation.Evaluation;
import cloudrl.evaluation.EvaluationSummary;
import cloudrl.evaluation.hindsight.HindsightOptimum;
import cloudrl.grader.EpisodeGrader;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.PluginDiscovery;
import cloudrl.plugins.Selection;
import cloudrl.policy.ThresholdPolicy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SideBySideTest {

    private static Contender heuristic(String name) {
        return new Contender(name, () -> CloudEnvironment.of(Task.MEDIUM), environment -> ThresholdPolicy.defaults());
    }

    private static Contender maintain() {
        return new Contender("maintain", () -> CloudEnvironment.of(Task.MEDIUM),
                environment -> observation -> cloudrl.api.Action.MAINTAIN);
    }

    @Test
    void everyContenderPlaysTheShownSeedAndTheSameEpisodesAsEvaluate() {
        List<Integer> progress = new ArrayList<>();
        List<Standing> standings = new SideBySide(new EpisodeGrader()).run(List.of(heuristic("threshold"), maintain()),
                3, 20, progress::add, () -> false);
        // evaluate's own path, run separately, gives the same means and intervals
        EvaluationSummary expected = new Evaluation().run("medium", "threshold", CloudEnvironment.of(Task.MEDIUM),
                ThresholdPolicy.defaults(), 20, 3);
        assertEquals(expected.cumulativeReward(), standings.get(0).cumulativeReward());
        assertEquals(expected.finalScore(), standings.get(0).finalScore());
        // the shown episode is the one Rollout plays from the seed itself
        assertEquals(Rollout.play(CloudEnvironment.of(Task.MEDIUM), ThresholdPolicy.defaults(), 3).rewards(),
                standings.get(0).episode().rewards());
        assertEquals(SideBySide.totalEpisodes(2, 20), progress.size());
        assertEquals(42, progress.get(progress.size() - 1));
    }

    @Test
    void onATraceEachPolicyGetsTheShareOfTheSameHindsightOptimaAndElsewhereNone() {
        Selection nasa = Selection.of("maintain", null, "nasa-1995", List.of());
        Assembly assembly = new Assembly(PluginDiscovery.builtIns());
        java.util.function.Supplier<CloudEnvironment> environment = () -> assembly.environment(Task.MEDIUM, nasa, 0);
        Contender hold = new Contender("maintain", environment, built -> observation -> cloudrl.api.Action.MAINTAIN);
        Contender threshold = new Contender("threshold", environment, built -> ThresholdPolicy.defaults());
        List<Standing> standings = new SideBySide(new EpisodeGrader()).run(List.of(hold, threshold), 5, 6, done -> {
        }, () -> false);
        // the optima found on their own: the DP on each episode's window, the shown seed's and the six derived ones
        long[] seeds = Evaluation.episodeSeeds(5, 6);
        double[] optima = HindsightOptimum.of(environment.get(), seeds);
        double shownOptimum = HindsightOptimum.of(environment.get(), 5);
        // the shown episode's clock: the trace's, from the window seed 5 starts at, read off an environment of its own
        CloudEnvironment own = environment.get();
        own.reset(5);
        java.util.Optional<cloudrl.workload.TraceClock> clock = cloudrl.workload.TraceWorkload.clockOf(own.workload());
        assertTrue(clock.isPresent());
        for (Standing standing : standings) {
            assertEquals(shownOptimum, standing.hindsight().orElseThrow().optimum(), 1e-9);
            assertEquals(clock, standing.clock(), standing.name());
            assertEquals(standing.episode().cumulativeReward(), standing.hindsight().orElseThrow().reached(), 1e-9);
            double[] rewards = standing.results().cumulativeRewards();
            double sum = 0;
            for (int i = 0; i < seeds.length; i++) {
                // no policy beats its window's optimum
                assertTrue(rewards[i] <= optima[i] + 1e-9, standing.name() + " episode " + i);
                sum += 100 * rewards[i] / optima[i];
            }
            assertEquals(sum / seeds.length, standing.percentOfHindsight().orElseThrow().mean(), 1e-9);
        }
        List<Standing> reference = new SideBySide(new EpisodeGrader()).run(List.of(heuristic("threshold"), maintain()),
                3, 2, done -> {
                }, () -> false);
        assertTrue(reference.stream().allMatch(standing -> standing.hindsight().isEmpty()
                && standing.percentOfHindsight().isEmpty() && standing.clock().isEmpty()));
    }

    @Test
    void cancellingStopsAfterTheEpisodeInProgress() {
        List<Integer> progress = new ArrayList<>();
        assertThrows(CancellationException.class, () -> new SideBySide(new EpisodeGrader()).run(
                List.of(heuristic("a"), maintain()), 0, 50, progress::add, () -> progress.size() >= 5));
        assertEquals(5, progress.size());
    }
}
