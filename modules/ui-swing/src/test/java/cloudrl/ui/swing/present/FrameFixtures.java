package cloudrl.ui.swing.present;

import cloudrl.api.Action;
import cloudrl.api.GradeReport;
import cloudrl.api.Observation;
import cloudrl.env.Task;
import cloudrl.ui.swing.session.Ending;
import cloudrl.ui.swing.session.ExplorerFrame;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Hand-made frames with known values. */
final class FrameFixtures {

    static final GradeReport GRADE = new GradeReport(0.71234, true, 0.8, 0.3, 0.9, 0.9, 90.0, 55.5, 50.0, 20.25, 100,
            false);

    private FrameFixtures() {
    }

    static ExplorerFrame reset() {
        return new ExplorerFrame(Task.MEDIUM, 3, 0, 100, 95, new Observation(30.5, 27.4, 55, 3), 55 / 3.0,
                Optional.empty(), OptionalDouble.empty(), Map.of(), 0, Ending.RUNNING, Optional.empty());
    }

    static ExplorerFrame step(int step, Observation state, Ending ending, Optional<GradeReport> grade) {
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("penalty", 0.0);
        parts.put("memory", 0.95);
        parts.put("cost", -0.15);
        parts.put("cpu", 0.9126);
        return new ExplorerFrame(Task.MEDIUM, 3, step, 100, 95, state, state.latency(), Optional.of(Action.INCREASE),
                OptionalDouble.of(0.81234), parts, 12.3456, ending, grade);
    }
}
