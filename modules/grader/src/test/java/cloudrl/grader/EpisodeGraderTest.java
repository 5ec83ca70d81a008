package cloudrl.grader;

import cloudrl.api.Action;
import cloudrl.api.Episode;
import cloudrl.api.GradeReport;
import cloudrl.api.Observation;
import cloudrl.api.StepInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Grades computed by hand from the formulas in docs/reward-and-grading.md. */
class EpisodeGraderTest {

    private static final Observation RESET = new Observation(99, 99, 1, 1);

    private static Episode episode(boolean terminated, List<Observation> states, List<Double> rewards) {
        List<Action> actions = states.stream().map(s -> Action.MAINTAIN).toList();
        List<StepInfo> infos = states.stream().map(s -> new StepInfo(1, s.latency(), Map.of())).toList();
        return new Episode(RESET, actions, states, rewards, infos, terminated, !terminated);
    }

    @Test
    void twoStepEpisodeByHand() {
        Episode episode = episode(false, List.of(new Observation(50, 40, 30, 2), new Observation(70, 60, 80, 4)),
                List.of(0.5, 0.7));
        GradeReport report = new EpisodeGrader().grade(episode);
        // population variances: cpu 100, memory 100 -> v = 100 -> stability e^-1
        assertEquals(Math.exp(-1), report.stabilityScore(), 1e-12);
        assertEquals(1.0 / 3, report.efficiencyScore(), 1e-12);
        assertEquals(0.6, report.performanceScore(), 1e-12);
        assertEquals(0.3 * Math.exp(-1) + 0.3 / 3 + 0.4 * 0.6, report.finalScore(), 1e-12);
        assertEquals(1.2, report.cumulativeReward(), 1e-12);
        assertEquals(0.6, report.avgReward(), 1e-12);
        assertEquals(60, report.avgCpu(), 1e-12);
        assertEquals(50, report.avgMemory(), 1e-12);
        assertEquals(17.5, report.avgLatency(), 1e-12);
        assertEquals(2, report.steps());
        assertTrue(report.passed());
        assertFalse(report.terminated());
    }

    @Test
    void theResetStateIsNotGraded() {
        Episode episode = episode(false, List.of(new Observation(55, 50, 99, 3)), List.of(1.0));
        GradeReport report = new EpisodeGrader().grade(episode);
        assertEquals(1.0, report.stabilityScore(), 0.0);
        assertEquals(55, report.avgCpu(), 0.0);
    }

    @Test
    void anUnstableEpisodeFailsWhateverItsScore() {
        Episode episode = episode(true, List.of(new Observation(96, 86, 58, 1)), List.of(0.3));
        GradeReport report = new EpisodeGrader().grade(episode);
        assertTrue(report.finalScore() > 0);
        assertFalse(report.passed());
        assertTrue(report.terminated());
    }

    @Test
    void theThresholdDecidesPassing() {
        Episode episode = episode(false, List.of(new Observation(55, 50, 99, 3)), List.of(1.0));
        double score = new EpisodeGrader().grade(episode).finalScore();
        assertTrue(new EpisodeGrader(score).grade(episode).passed());
        assertFalse(new EpisodeGrader(Math.nextUp(score)).grade(episode).passed());
        assertThrows(IllegalArgumentException.class, () -> new EpisodeGrader(1.5));
    }

    @Test
    void anEmptyEpisodeCannotBeGraded() {
        Episode empty = episode(false, List.of(), List.of());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new EpisodeGrader().grade(empty));
        assertTrue(error.getMessage().contains("0 steps"), error.getMessage());
    }
}
