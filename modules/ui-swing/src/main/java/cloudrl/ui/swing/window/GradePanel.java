package cloudrl.ui.swing.window;

import cloudrl.ui.swing.present.GradeText;
import cloudrl.ui.swing.present.Theme;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.FlowLayout;
import java.util.Optional;

/** The episode's grade once it has ended, and why it ended; a short note until then. */
final class GradePanel {

    private static final String WAITING = "waiting";
    private static final String REPORT = "report";

    final JLabel finalScore = Labels.value("gradeScore");
    final JLabel verdict = Labels.value("gradeVerdict");
    final JLabel stability = Labels.value("gradeStability");
    final JLabel efficiency = Labels.value("gradeEfficiency");
    final JLabel performance = Labels.value("gradePerformance");
    final JLabel avgCpu = Labels.value("gradeAvgCpu");
    final JLabel avgMemory = Labels.value("gradeAvgMemory");
    final JLabel avgLatency = Labels.value("gradeAvgLatency");
    final JLabel steps = Labels.value("gradeSteps");
    final JLabel cumulativeReward = Labels.value("gradeCumulativeReward");
    final JTextArea endedBy = Labels.wrapping("gradeEndedBy");
    final JLabel hindsight = Labels.value("gradeHindsight");
    private final JLabel hindsightName;
    private final CardLayout cards = new CardLayout();
    private final JPanel panel = new JPanel(cards);
    private final JPanel report;

    GradePanel() {
        JLabel waiting = new JLabel("The grade appears when the episode ends.");
        waiting.setName("gradeWaiting");
        waiting.putClientProperty("FlatLaf.styleClass", "small");
        JPanel waitingCard = new JPanel(new BorderLayout());
        waitingCard.add(waiting, BorderLayout.NORTH);

        JPanel score = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        score.add(finalScore);
        score.add(javax.swing.Box.createHorizontalStrut(12));
        score.add(verdict);
        Rows rows = new Rows();
        rows.add("Final score", score);
        rows.add("Stability", stability);
        rows.add("Efficiency", efficiency);
        rows.add("Performance", performance);
        rows.add("Avg CPU", avgCpu);
        rows.add("Avg memory", avgMemory);
        rows.add("Avg latency", avgLatency);
        rows.add("Steps", steps);
        rows.add("Cumulative", cumulativeReward);
        rows.add("Ended by", endedBy);
        hindsightName = rows.add("Hindsight", hindsight);
        hindsightName.setToolTipText("On a trace: the best return on this episode's window with every rate known in"
                + " advance (an upper bound no policy can beat), and the share of it this episode reached");
        hindsight.setToolTipText(hindsightName.getToolTipText());
        rows.finish();
        report = rows.panel();
        report.setName("gradeReport");

        panel.add(waitingCard, WAITING);
        panel.add(report, REPORT);
        panel.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createTitledBorder("Grade"),
                BorderFactory.createEmptyBorder(2, 6, 4, 6)));
    }

    JComponent component() {
        return panel;
    }

    /** Whether the report, rather than the note, is showing. */
    boolean showsReport() {
        return report.isVisible();
    }

    void show(Optional<GradeText> grade, Theme theme) {
        if (grade.isEmpty()) {
            cards.show(panel, WAITING);
            return;
        }
        GradeText text = grade.get();
        finalScore.setText(text.finalScore());
        verdict.setText(text.verdict());
        verdict.setForeground(text.passed() ? theme.passedColour() : theme.failedColour());
        stability.setText(text.stability());
        efficiency.setText(text.efficiency());
        performance.setText(text.performance());
        avgCpu.setText(text.avgCpu());
        avgMemory.setText(text.avgMemory());
        avgLatency.setText(text.avgLatency());
        steps.setText(text.steps());
        cumulativeReward.setText(text.cumulativeReward());
        endedBy.setText(text.endedBy());
        // absent, not zero, where the workload is not a trace
        hindsight.setText(text.hindsight().orElse(""));
        hindsight.setVisible(text.hindsight().isPresent());
        hindsightName.setVisible(text.hindsight().isPresent());
        cards.show(panel, REPORT);
    }
}
