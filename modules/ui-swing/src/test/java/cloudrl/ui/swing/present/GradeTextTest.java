package cloudrl.ui.swing.present;

import cloudrl.api.GradeReport;
import cloudrl.api.Observation;
import cloudrl.ui.swing.session.Ending;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GradeTextTest {

    @Test
    void timeLimitGradeIsFormatted() {
        GradeText text = GradeText.of(FrameFixtures.step(100, new Observation(50, 45, 90, 3), Ending.TIME_LIMIT,
                Optional.of(FrameFixtures.GRADE)));
        assertEquals("0.7123", text.finalScore());
        assertEquals("PASSED", text.verdict());
        assertEquals("0.8000", text.stability());
        assertEquals("0.3000", text.efficiency());
        assertEquals("0.9000", text.performance());
        assertEquals("55.5 %", text.avgCpu());
        assertEquals("50.0 %", text.avgMemory());
        assertEquals("20.25 req/server", text.avgLatency());
        assertEquals("100", text.steps());
        assertEquals("90.000", text.cumulativeReward());
        assertEquals("time limit: all 100 steps stayed stable", text.endedBy());
    }

    @Test
    void instabilityNamesTheStepAndWhatCrossedTheLine() {
        GradeReport failed = new GradeReport(0.4, false, 0.5, 0.3, 0.4, 0.4, 3.2, 80, 72, 30, 8, true);
        GradeText cpuOnly = GradeText.of(FrameFixtures.step(8, new Observation(97.5, 87.75, 175, 3),
                Ending.INSTABILITY, Optional.of(failed)));
        assertEquals("FAILED", cpuOnly.verdict());
        assertFalse(cpuOnly.passed());
        assertEquals("instability at step 8: CPU 97.5 % above 95 %", cpuOnly.endedBy());

        GradeText both = GradeText.of(FrameFixtures.step(8, new Observation(100, 100, 300, 3), Ending.INSTABILITY,
                Optional.of(failed)));
        assertEquals("instability at step 8: CPU 100.0 % and memory 100.0 % above 95 %", both.endedBy());
    }

    @Test
    void aRunningEpisodeHasNoGrade() {
        assertThrows(IllegalArgumentException.class, () -> GradeText.of(FrameFixtures.reset()));
    }
}
