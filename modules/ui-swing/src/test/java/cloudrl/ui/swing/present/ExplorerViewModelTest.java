package cloudrl.ui.swing.present;

import cloudrl.api.Observation;
import cloudrl.ui.swing.compare.Hindsight;
import cloudrl.ui.swing.session.Ending;
import cloudrl.ui.swing.session.ExplorerEvent;
import cloudrl.ui.swing.session.ExplorerFrame;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplorerViewModelTest {

    private final ExplorerViewModel model = new ExplorerViewModel();

    @Test
    void beforeAnyFrameThereIsNothingToShow() {
        assertTrue(model.metrics().isEmpty());
        assertTrue(model.grade().isEmpty());
        assertEquals("no episode yet: press Reset (R)", model.status());
    }

    @Test
    void aBatchWithAResetRestartsTheChartsFromThatReset() {
        ExplorerFrame oldStep = running(5);
        ExplorerFrame reset = FrameFixtures.reset();
        ExplorerFrame newStep = running(1);
        ChartUpdate update = model.apply(List.of(new ExplorerEvent.Shown(oldStep), new ExplorerEvent.Shown(reset),
                new ExplorerEvent.Shown(newStep)));
        assertTrue(update.restart());
        assertEquals(List.of(reset, newStep), update.frames());
        assertEquals("1 / 100", model.metrics().orElseThrow().step());
    }

    @Test
    void stepsWithoutResetAppend() {
        model.apply(List.of(new ExplorerEvent.Shown(FrameFixtures.reset())));
        ChartUpdate update = model.apply(List.of(new ExplorerEvent.Shown(running(1)), new ExplorerEvent.Shown(running(2))));
        assertFalse(update.restart());
        assertEquals(2, update.frames().size());
        assertTrue(model.apply(List.of(new ExplorerEvent.PlaybackChanged(true))).none());
    }

    @Test
    void playbackAndProblemsAreTrackedAndANewFrameClearsTheProblem() {
        model.apply(List.of(new ExplorerEvent.Shown(FrameFixtures.reset()), new ExplorerEvent.PlaybackChanged(true)));
        assertTrue(model.playing());
        assertEquals("medium · seed 3 · step 0 of 100 · playing", model.status());
        model.apply(List.of(new ExplorerEvent.PlaybackChanged(false), new ExplorerEvent.Problem("no luck")));
        assertFalse(model.playing());
        assertEquals("no luck", model.problem().orElseThrow());
        model.apply(List.of(new ExplorerEvent.Shown(running(1))));
        assertTrue(model.problem().isEmpty());
    }

    @Test
    void theGradeAppearsWithTheLastFrame() {
        model.apply(List.of(new ExplorerEvent.Shown(running(99))));
        assertTrue(model.grade().isEmpty());
        model.apply(List.of(new ExplorerEvent.Shown(FrameFixtures.step(100, new Observation(50, 45, 90, 3),
                Ending.TIME_LIMIT, Optional.of(FrameFixtures.GRADE)))));
        assertEquals("0.7123", model.grade().orElseThrow().finalScore());
        assertEquals("medium · seed 3 · step 100 of 100 · ended at the time limit", model.status());
    }

    @Test
    void onATraceTheGradeSaysComputingThenTheHindsightFigureAndIgnoresAnOlderEpisodes() {
        ExplorerFrame last = FrameFixtures.step(100, new Observation(50, 45, 90, 3), Ending.TIME_LIMIT,
                Optional.of(FrameFixtures.GRADE));
        model.apply(List.of(new ExplorerEvent.Shown(last)));
        // not a trace: no hindsight row at all
        assertTrue(model.grade().orElseThrow().hindsight().isEmpty());
        model.apply(List.of(new ExplorerEvent.HindsightFound(last, Optional.empty())));
        assertEquals(Optional.of("computing…"), model.grade().orElseThrow().hindsight());
        // a figure for another episode's last frame is not this one's
        ExplorerFrame older = FrameFixtures.step(100, new Observation(50, 45, 90, 3), Ending.TIME_LIMIT,
                Optional.of(FrameFixtures.GRADE));
        model.apply(List.of(new ExplorerEvent.HindsightFound(older, Optional.of(new Hindsight(10, 5)))));
        assertEquals(Optional.of("computing…"), model.grade().orElseThrow().hindsight());
        // 57.0 of 78.91 is 72.23 %
        model.apply(List.of(new ExplorerEvent.HindsightFound(last, Optional.of(new Hindsight(78.91, 57.0)))));
        assertEquals(Optional.of("78.910 · reached 72.2 %"), model.grade().orElseThrow().hindsight());
        assertEquals(72.234, model.hindsight().orElseThrow().percent(), 1e-3);
        // the next episode starts without one
        model.apply(List.of(new ExplorerEvent.Shown(FrameFixtures.reset())));
        assertTrue(model.hindsight().isEmpty());
    }

    private static ExplorerFrame running(int step) {
        return FrameFixtures.step(step, new Observation(50, 45, 90, 3), Ending.RUNNING, Optional.empty());
    }
}
