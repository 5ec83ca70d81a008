package cloudrl.ui.swing.window;

import cloudrl.env.Task;
import cloudrl.grader.EpisodeGrader;
import cloudrl.plugins.Selection;
import cloudrl.ui.swing.chart.ComparisonCharts;
import cloudrl.ui.swing.compare.Contender;
import cloudrl.ui.swing.compare.SideBySide;
import cloudrl.ui.swing.compare.Standing;
import cloudrl.evaluation.MeanInterval;
import cloudrl.ui.swing.present.Theme;
import cloudrl.ui.swing.session.UpdateBatcher;
import cloudrl.ui.swing.Workbench;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableModel;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Compare: two or more policies on the episode's task and seed. Each plays that seed once (overlaid
 * on the same charts, labelled with its return and grade) and N more episodes on seeds derived from
 * it, the same for all, summarised in a table with 95 % intervals and a histogram of returns. The
 * work runs off the EDT with a progress bar and a Cancel button.
 */
final class ComparePanel {

    static final String[] COLUMNS = {"Policy", "Return (seed)", "Grade (seed)", "Mean return [95 % CI]",
            "Mean score [95 % CI]", "Ended early", "Passed"};
    /**
     * The columns on a trace: the seed's return and grade give way to the N episodes' mean share of
     * their hindsight optimum (the seed's return, share and grade are in the chart's legend), so the
     * table still fits a 1280-pixel window.
     */
    static final String[] TRACE_COLUMNS = {"Policy", "Mean return [95 % CI]", "Mean score [95 % CI]", "Ended early",
            "Passed", "% of hindsight [95 % CI]"};
    private static final int[] WIDTHS = {150, 90, 110, 190, 200, 80, 70};
    private static final int[] TRACE_WIDTHS = {120, 190, 200, 80, 70, 180};
    private static final Logger LOG = LoggerFactory.getLogger(ComparePanel.class);

    final Map<String, JCheckBox> policies = new LinkedHashMap<>();
    final JSpinner episodes = new JSpinner(new SpinnerNumberModel(100, 1, 100_000, 10));
    final JButton compare = new JButton("Compare");
    final JButton cancel = new JButton("Cancel");
    final JProgressBar progress = new JProgressBar();
    final DefaultTableModel table = new DefaultTableModel(COLUMNS, 0) {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };
    final ChartPanel rewardChart = Charts.panel(null);
    final ChartPanel serversChart = Charts.panel(null);
    final ChartPanel returnsChart = Charts.panel(null);
    private final JPanel policyRow = new JPanel(new WrappingFlowLayout(FlowLayout.LEFT, 6, 2));
    private final JPanel panel = new JPanel(new BorderLayout(0, 4));
    private final JTable rows = new JTable(table);
    private final Workshop workshop;
    private final ExecutorService work;
    private final BooleanSupplier timeOfDay;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private List<Standing> shown = List.of();
    private int shownSteps = 100;
    private boolean running;

    /** {@code timeOfDay} says whether View › Time of day on the x axis is chosen. */
    ComparePanel(Workshop workshop, ExecutorService work, BooleanSupplier timeOfDay) {
        this.workshop = workshop;
        this.work = work;
        this.timeOfDay = timeOfDay;
        episodes.setName("compareEpisodes");
        episodes.setToolTipText("Episodes per policy for the summary, on the same seeds for every policy");
        compare.setName("compare");
        compare.setFocusable(false);
        compare.addActionListener(event -> start());
        cancel.setName("cancelCompare");
        cancel.setFocusable(false);
        cancel.setEnabled(false);
        cancel.addActionListener(event -> cancelled.set(true));
        progress.setName("compareProgress");
        progress.setStringPainted(true);
        progress.setString("");
        JPanel controls = new JPanel(new WrappingFlowLayout(FlowLayout.LEFT, 6, 2));
        controls.add(new JLabel("Episodes per policy"));
        controls.add(episodes);
        controls.add(compare);
        controls.add(progress);
        controls.add(cancel);
        JPanel top = new JPanel(new BorderLayout());
        top.add(policyRow, BorderLayout.NORTH);
        top.add(controls, BorderLayout.SOUTH);
        offer(workshop.workbench());

        rows.setName("compareTable");
        rows.setFocusable(false);
        rows.setFillsViewportHeight(true);
        columns(false);
        JPanel chartRow = new JPanel(new GridLayout(1, 3, 4, 0));
        chartRow.add(rewardChart);
        chartRow.add(serversChart);
        chartRow.add(returnsChart);
        JScrollPane tableScroll = new JScrollPane(rows);
        tableScroll.setPreferredSize(new java.awt.Dimension(600, 100));
        JPanel results = new JPanel(new BorderLayout(0, 4));
        results.add(chartRow, BorderLayout.CENTER);
        results.add(tableScroll, BorderLayout.SOUTH);
        panel.add(top, BorderLayout.NORTH);
        panel.add(results, BorderLayout.CENTER);
        panel.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
    }

    JComponent component() {
        return panel;
    }

    /** One check box per policy on offer; kept ticks stay, and the first two are ticked at first. */
    void offer(Workbench workbench) {
        List<String> ids = workbench.ids(cloudrl.api.PlugPoint.POLICY);
        boolean first = policies.isEmpty();
        policies.keySet().removeIf(id -> !ids.contains(id));
        policyRow.removeAll();
        policyRow.add(new JLabel("Policies"));
        for (String id : ids) {
            JCheckBox box = policies.computeIfAbsent(id, key -> {
                JCheckBox made = new JCheckBox(key);
                made.setName("compare." + key);
                made.setFocusable(false);
                return made;
            });
            policyRow.add(box);
        }
        if (first) {
            workshop.selectionWith(null).map(selection -> selection.policy().id()).map(policies::get)
                    .ifPresent(box -> box.setSelected(true));
            policies.computeIfPresent(Selection.DEFAULT_POLICY, (id, box) -> {
                box.setSelected(true);
                return box;
            });
        }
        policyRow.revalidate();
        policyRow.repaint();
    }

    /** Whether a comparison is running. */
    boolean running() {
        return running;
    }

    /** The standings shown, in policy order. */
    List<Standing> standings() {
        return shown;
    }

    void apply(Theme theme) {
        if (!shown.isEmpty()) {
            showCharts(theme);
        }
    }

    /** The time-of-day choice changed: redraws the by-step charts with the other x axis. */
    void timeAxisChanged() {
        apply(workshop.theme());
    }

    private void start() {
        if (running) {
            return;
        }
        Workbench workbench = workshop.workbench();
        Task task = workshop.task();
        long seed = workshop.seed();
        List<Contender> contenders = new ArrayList<>();
        for (Map.Entry<String, JCheckBox> entry : policies.entrySet()) {
            if (!entry.getValue().isSelected()) {
                continue;
            }
            workshop.selectionWith(entry.getKey()).ifPresent(selection -> contenders.add(new Contender(
                    Workbench.label(selection), () -> workbench.environment(task, selection),
                    environment -> workbench.policy(task, selection, environment))));
        }
        if (contenders.size() < 2) {
            workshop.tell("tick two or more policies to compare", true);
            return;
        }
        int count = (Integer) episodes.getValue();
        int total = SideBySide.totalEpisodes(contenders.size(), count);
        int steps = workbench.config().maxSteps();
        running = true;
        cancelled.set(false);
        compare.setEnabled(false);
        cancel.setEnabled(true);
        progress.setMaximum(total);
        progress.setValue(0);
        progress.setString("0 / " + total + " episodes");
        UpdateBatcher<Integer> done = new UpdateBatcher<>(SwingUtilities::invokeLater, batch -> {
            int latest = batch.get(batch.size() - 1);
            if (running) {
                progress.setValue(latest);
                progress.setString(latest + " / " + total + " episodes");
            }
        });
        try {
            work.execute(() -> {
                try {
                    List<Standing> standings = new SideBySide(new EpisodeGrader()).run(contenders, seed, count,
                            done::publish, cancelled::get);
                    SwingUtilities.invokeLater(() -> finished(standings, steps, task, seed, count));
                } catch (CancellationException stopped) {
                    SwingUtilities.invokeLater(() -> stopped("comparison cancelled: " + stopped.getMessage()
                            .replace("comparison cancelled ", ""), false));
                } catch (RuntimeException failed) {
                    LOG.info("explorer: comparison failed", failed);
                    SwingUtilities.invokeLater(() -> stopped("cannot compare: " + failed.getMessage(), true));
                }
            });
        } catch (RejectedExecutionException closing) {
            stopped("the window is closing", true);
        }
    }

    private void finished(List<Standing> standings, int steps, Task task, long seed, int count) {
        shown = standings;
        shownSteps = steps;
        table.setRowCount(0);
        // the hindsight columns only where there is a hindsight optimum: absent, not zero, elsewhere
        boolean trace = standings.stream().allMatch(standing -> standing.percentOfHindsight().isPresent());
        columns(trace);
        for (Standing standing : standings) {
            String seedReturn = format("%.3f", standing.grade().cumulativeReward());
            String seedGrade = format("%.4f %s", standing.grade().finalScore(), standing.grade().passed() ? "passed"
                    : "failed");
            String meanReturn = format("%.3f [%.3f, %.3f]", standing.cumulativeReward().mean(),
                    standing.cumulativeReward().low(), standing.cumulativeReward().high());
            String meanScore = format("%.4f [%.4f, %.4f]", standing.finalScore().mean(), standing.finalScore().low(),
                    standing.finalScore().high());
            String endedEarly = format("%.1f %%", 100 * standing.results().endedEarlyFraction());
            String passed = format("%.1f %%", 100 * standing.results().passedFraction());
            if (trace) {
                MeanInterval share = standing.percentOfHindsight().orElseThrow();
                table.addRow(new Object[] {standing.name(), meanReturn, meanScore, endedEarly, passed,
                        format("%.1f [%.1f, %.1f] %%", share.mean(), share.low(), share.high())});
            } else {
                table.addRow(new Object[] {standing.name(), seedReturn, seedGrade, meanReturn, meanScore, endedEarly,
                        passed});
            }
        }
        showCharts(workshop.theme());
        stopped(String.format(Locale.ROOT, "compared %d policies on %s, seed %d, and %d episodes each",
                standings.size(), task.id(), seed, count), false);
        progress.setValue(progress.getMaximum());
    }

    /** The table's columns, a trace's with the hindsight share, at their preferred widths. */
    private void columns(boolean hindsight) {
        List<String> names = List.of(hindsight ? TRACE_COLUMNS : COLUMNS);
        if (table.getColumnCount() == names.size() && rows.getColumnCount() == names.size()) {
            return;
        }
        table.setColumnIdentifiers(names.toArray());
        int[] widths = hindsight ? TRACE_WIDTHS : WIDTHS;
        for (int i = 0; i < names.size(); i++) {
            rows.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
    }

    private void showCharts(Theme theme) {
        // every policy played the same seed, so the same window of the trace: the first one's clock is theirs
        Optional<cloudrl.workload.TraceClock> clock = timeOfDay.getAsBoolean() && !shown.isEmpty()
                ? shown.get(0).clock() : Optional.empty();
        rewardChart.setChart(ComparisonCharts.cumulativeReward(shown, shownSteps, clock, theme));
        serversChart.setChart(ComparisonCharts.servers(shown, shownSteps, clock, theme));
        JFreeChart returns = ComparisonCharts.returns(shown, theme);
        returnsChart.setChart(returns);
    }

    private void stopped(String message, boolean problem) {
        running = false;
        compare.setEnabled(true);
        cancel.setEnabled(false);
        progress.setString(message.startsWith("compared") ? "done" : "stopped");
        workshop.tell(message, problem);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
