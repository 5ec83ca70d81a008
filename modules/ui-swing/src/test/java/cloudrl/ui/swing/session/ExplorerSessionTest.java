package cloudrl.ui.swing.session;

import cloudrl.api.Action;
import cloudrl.api.Episode;
import cloudrl.api.GradeReport;
import cloudrl.api.StepResult;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;
import cloudrl.grader.EpisodeGrader;
import cloudrl.policy.ThresholdPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplorerSessionTest {

    private final ExplorerSession session = new ExplorerSession();

    @Test
    void resetFrameHasTheResetStateAndNoActionOrReward() {
        ExplorerFrame frame = session.reset(Task.EASY, 7);

        CloudEnvironment reference = CloudEnvironment.of(Task.EASY);
        assertEquals(reference.reset(7).observation(), frame.state());
        assertEquals(0, frame.step());
        assertEquals(100, frame.maxSteps());
        assertEquals(95.0, frame.terminationThreshold());
        assertTrue(frame.isReset());
        assertTrue(frame.action().isEmpty());
        assertTrue(frame.reward().isEmpty());
        assertTrue(frame.rewardComponents().isEmpty());
        assertEquals(Ending.RUNNING, frame.ending());
        assertTrue(frame.grade().isEmpty());
    }

    @Test
    void onATraceEveryFrameCarriesTheEpisodesClockAndTheEndedEpisodeItsHindsightOptimum() throws Exception {
        cloudrl.plugins.Assembly assembly = new cloudrl.plugins.Assembly(cloudrl.plugins.PluginDiscovery.builtIns());
        cloudrl.plugins.Selection nasa = cloudrl.plugins.Selection.of("maintain", null, "nasa-1995",
                List.of("workload.start=1440", "workload.stepMinutes=5"));
        ExplorerSession trace = new ExplorerSession(task -> assembly.environment(task, nasa, 0), new EpisodeGrader());
        ExplorerFrame reset = trace.reset(Task.MEDIUM, 4);
        // minute 1440 of NASA is 2 July 1995 00:00 (UTC-4); step 12 of 5 minutes is an hour later
        assertEquals(java.time.LocalDateTime.of(1995, 7, 2, 1, 0), reset.clock().orElseThrow().at(12));
        assertTrue(reset.trace());
        assertThrows(IllegalStateException.class, trace::hindsight);
        ExplorerFrame last = reset;
        while (!trace.ended()) {
            last = trace.step(Action.MAINTAIN);
        }
        assertEquals(reset.clock(), last.clock());
        cloudrl.ui.swing.compare.Hindsight figure = trace.hindsight().call();
        assertEquals(cloudrl.evaluation.hindsight.HindsightOptimum.of(assembly.environment(Task.MEDIUM, nasa, 0), 4),
                figure.optimum(), 1e-9);
        assertEquals(last.cumulativeReward(), figure.reached(), 1e-9);
        assertTrue(figure.reached() <= figure.optimum() + 1e-9);
        // the reference is no trace: no clock, no hindsight
        ExplorerFrame plain = session.reset(Task.EASY, 1);
        assertTrue(plain.clock().isEmpty());
        assertFalse(plain.trace());
    }

    @Test
    void stepsFollowTheEnvironmentWithTheSameSeed() {
        session.reset(Task.MEDIUM, 11);
        CloudEnvironment reference = CloudEnvironment.of(Task.MEDIUM);
        reference.reset(11);
        double cumulative = 0;
        for (Action action : List.of(Action.INCREASE, Action.INCREASE, Action.MAINTAIN, Action.DECREASE)) {
            ExplorerFrame frame = session.step(action);
            StepResult expected = reference.step(action);
            cumulative += expected.reward();
            assertEquals(expected.observation(), frame.state());
            assertEquals(expected.reward(), frame.reward().getAsDouble());
            assertEquals(expected.info().latency(), frame.latency());
            assertEquals(expected.info().rewardComponents(), frame.rewardComponents());
            assertEquals(action, frame.action().orElseThrow());
            assertEquals(cumulative, frame.cumulativeReward(), 1e-12);
        }
        assertEquals(4, session.episode().orElseThrow().steps());
    }

    @Test
    void runTakesTheCountOrStopsWhereTheEpisodeEnds() {
        session.reset(Task.EASY, 3);
        List<ExplorerFrame> frames = session.run(20, Action.INCREASE);
        assertEquals(20, frames.size());
        assertEquals(20, frames.get(19).step());

        // hard traffic (80 requests) on one server needs 133 % CPU: by step 2 the episode has ended
        session.reset(Task.HARD, 3);
        List<ExplorerFrame> unstable = session.run(20, Action.DECREASE);
        assertTrue(unstable.size() < 20, "the episode should end before 20 more steps on one server");
        assertEquals(Ending.INSTABILITY, unstable.get(unstable.size() - 1).ending());
    }

    @Test
    void runCountOutsideOneToTwentyIsRefusedWithTheAllowedRange() {
        session.reset(Task.EASY, 0);
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> session.run(0, Action.MAINTAIN));
        assertEquals("run count 0 is not allowed: choose 1 to 20 steps", zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> session.run(21, Action.MAINTAIN));
        assertEquals(0, session.episode().orElseThrow().steps());
    }

    @Test
    void lastFrameCarriesTheGradersReport() {
        session.reset(Task.EASY, 5);
        ExplorerFrame last = null;
        while (!session.ended()) {
            last = session.step(ThresholdPolicy.defaults());
        }
        Episode episode = session.episode().orElseThrow();
        GradeReport expected = new EpisodeGrader().grade(episode);
        assertEquals(expected, last.grade().orElseThrow());
        assertEquals(Ending.of(episode.terminated(), episode.truncated()), last.ending());
        assertEquals(episode.cumulativeReward(), last.cumulativeReward(), 1e-9);
    }

    @Test
    void steppingBeforeResetOrAfterTheEndSaysToReset() {
        IllegalStateException before = assertThrows(IllegalStateException.class, () -> session.step(Action.MAINTAIN));
        assertEquals("no episode yet: press Reset (R) to start one", before.getMessage());

        session.reset(Task.EASY, 1);
        while (!session.ended()) {
            session.step(Action.MAINTAIN);
        }
        IllegalStateException after = assertThrows(IllegalStateException.class, () -> session.step(Action.MAINTAIN));
        assertTrue(after.getMessage().startsWith("the episode ended by the time limit at step 100"), after.getMessage());
        assertTrue(after.getMessage().endsWith("press Reset (R) to start another"), after.getMessage());
    }

    @Test
    void resetStartsAFreshEpisodeAndCountsIt() {
        session.reset(Task.EASY, 1);
        session.run(5, Action.MAINTAIN);
        ExplorerFrame again = session.reset(Task.HARD, 1);
        assertEquals(Task.HARD, again.task());
        assertEquals(0, again.cumulativeReward());
        assertEquals(0, session.episode().orElseThrow().steps());
        assertEquals(2, session.episodeNumber());
        assertFalse(session.ended());
    }
}
