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
