package cloudrl.ui.swing.present;

import cloudrl.api.GradeReport;
import cloudrl.api.Observation;
import cloudrl.ui.swing.session.Ending;
import cloudrl.ui.swing.session.ExplorerFrame;

import cloudrl.ui.swing.compare.Hindsight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static cloudrl.ui.swing.present.MetricsText.format;
import static cloudrl.ui.swing.present.MetricsText.percent;

/**
 * The grade panel's values once an episode has ended, formatted, with why it ended; on a trace, the
 * episode's hindsight optimum and the share of it reached ({@code hindsight}, absent elsewhere).
 */
public record GradeText(String finalScore, boolean passed, String verdict, String stability, String efficiency,
                        String performance, String avgCpu, String avgMemory, String avgLatency, String steps,
                        String cumulativeReward, String endedBy, Optional<String> hindsight) {

    /** What the hindsight row says while the figure is being computed. */
    public static final String COMPUTING = "computing…";

    /** This grade with the hindsight row saying {@code text}. */
    public GradeText withHindsight(String text) {
        return new GradeText(finalScore, passed, verdict, stability, efficiency, performance, avgCpu, avgMemory,
                avgLatency, steps, cumulativeReward, endedBy, Optional.of(text));
    }

    /** The hindsight row: the optimum, then the percentage of it the episode's return reached. */
    public static String hindsight(Hindsight figure) {
        return format("%.3f · reached %.1f %%", figure.optimum(), figure.percent());
    }

    /**
     * The grade of the episode {@code last} ends.
     *
     * @throws IllegalArgumentException when {@code last} does not end its episode
     */
    public static GradeText of(ExplorerFrame last) {
        GradeReport grade = last.grade().orElseThrow(() -> new IllegalArgumentException(
                "frame at step " + last.step() + " does not end its episode, so it has no grade"));
        return new GradeText(format("%.4f", grade.finalScore()), grade.passed(), grade.passed() ? "PASSED" : "FAILED",
                format("%.4f", grade.stabilityScore()), format("%.4f", grade.efficiencyScore()),
                format("%.4f", grade.performanceScore()), percent(grade.avgCpu()), percent(grade.avgMemory()),
                format("%.2f req/server", grade.avgLatency()), Integer.toString(grade.steps()),
                format("%.3f", grade.cumulativeReward()), endedBy(last), Optional.empty());
    }

    /** Why the episode ended, naming the step and, for instability, which utilisation crossed the line. */
    static String endedBy(ExplorerFrame last) {
        if (last.ending() == Ending.TIME_LIMIT) {
            return "time limit: all " + last.maxSteps() + " steps stayed stable";
        }
        Observation state = last.state();
        double threshold = last.terminationThreshold();
        List<String> over = new ArrayList<>(2);
        if (state.cpu() > threshold) {
            over.add("CPU " + percent(state.cpu()));
        }
        if (state.memory() > threshold) {
            over.add("memory " + percent(state.memory()));
        }
        return format("instability at step %d: %s above %s", last.step(), String.join(" and ", over),
                percent(threshold).replace(".0 %", " %"));
    }
}
