package cloudrl.ui.swing.compare;

import cloudrl.env.CloudEnvironment;
import cloudrl.env.Rollout;
import cloudrl.env.Task;
import cloudrl.evaluation.Evaluation;
import cloudrl.evaluation.EvaluationSummary;
import cloudrl.grader.EpisodeGrader;
import cloudrl.policy.ThresholdPolicy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void cancellingStopsAfterTheEpisodeInProgress() {
        List<Integer> progress = new ArrayList<>();
        assertThrows(CancellationException.class, () -> new SideBySide(new EpisodeGrader()).run(
                List.of(heuristic("a"), maintain()), 0, 50, progress::add, () -> progress.size() >= 5));
        assertEquals(5, progress.size());
    }
}
