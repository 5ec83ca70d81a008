package cloudrl.charts;

import cloudrl.env.Task;
import cloudrl.evaluation.comparison.ComparisonReport;
import cloudrl.evaluation.comparison.ComparisonRow;
import cloudrl.evaluation.comparison.PerformanceProfiles;
import cloudrl.evaluation.statistics.IntervalEstimate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two charts of a {@link ComparisonReport}: every policy's scores per task with their intervals,
 * and every policy's performance profile with its band.
 */
public final class ComparisonCharts {

    /** Size of the scores chart, in pixels. */
    public static final int SCORES_WIDTH = 1100;
    public static final int SCORES_HEIGHT = 460;
    /** Size of the profiles chart, in pixels. */
    public static final int PROFILES_WIDTH = 900;
    public static final int PROFILES_HEIGHT = 520;

    /** Colours told apart by most readers, one per policy in order (then repeated). */
    private static final Color[] POLICY_COLOURS = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf),
    };
    private static final Color MEAN_COLOUR = new Color(0x1f77b4);
    private static final Color IQM_COLOUR = new Color(0xff7f0e);
    private static final Color GRID = new Color(0xdddddd);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    /** The file {@link #write} draws the scores into. */
    public static final String SCORES_FILE = "scores.png";
    /** The file {@link #write} draws the performance profiles into. */
    public static final String PROFILES_FILE = "profiles.png";

    private ComparisonCharts() {
    }

    /**
     * Draws both charts into {@code folder}, as {@value #SCORES_FILE} and {@value #PROFILES_FILE}, each
     * written atomically ({@link PngFile}).
     *
     * @return the two files
     * @throws java.io.UncheckedIOException naming a file that cannot be written
     */
    public static List<Path> write(ComparisonReport report, Path folder) {
        Path scores = folder.resolve(SCORES_FILE);
        Path profiles = folder.resolve(PROFILES_FILE);
        PngFile.write(scores(report), SCORES_WIDTH, SCORES_HEIGHT, scores);
        PngFile.write(profiles(report), PROFILES_WIDTH, PROFILES_HEIGHT, profiles);
        return List.of(scores, profiles);
    }

    /**
     * Per task, and over all tasks, every policy's mean and interquartile mean of cumulative reward
     * with their 95 % intervals; a dashed line marks a task's optimal expected return where known (or,
     * on traces, its mean hindsight optimum).
     */
    public static JFreeChart scores(ComparisonReport report) {
        List<String> policies = report.runs().policies();
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(new NumberAxis("cumulative reward per episode"));
        combined.setGap(12);
        List<String> panels = new ArrayList<>();
        for (Task task : report.runs().tasks()) {
            panels.add(task.id());
        }
        panels.add(ComparisonRow.ALL_TASKS);
        boolean first = true;
        for (String panel : panels) {
            YIntervalSeries mean = new YIntervalSeries("mean");
            YIntervalSeries iqm = new YIntervalSeries("interquartile mean");
            for (int p = 0; p < policies.size(); p++) {
                ComparisonRow row = report.row(policies.get(p), panel);
                add(mean, p - 0.12, row.cumulativeReward().mean());
                add(iqm, p + 0.12, row.cumulativeReward().iqm());
            }
            YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
            dataset.addSeries(mean);
            dataset.addSeries(iqm);

            SymbolAxis axis = new SymbolAxis(panel.equals(ComparisonRow.ALL_TASKS) ? "all tasks" : panel,
                    policies.toArray(new String[0]));
            axis.setRange(-0.5, policies.size() - 0.5);
            axis.setGridBandsVisible(false);
            axis.setVerticalTickLabels(policies.stream().anyMatch(policy -> policy.length() > 9));

            XYErrorRenderer renderer = new XYErrorRenderer();
            renderer.setDrawXError(false);
            renderer.setCapLength(6);
            renderer.setErrorStroke(new BasicStroke(1.5f));
            renderer.setDefaultLinesVisible(false);
            renderer.setSeriesPaint(0, MEAN_COLOUR);
            renderer.setSeriesPaint(1, IQM_COLOUR);
            renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
            renderer.setSeriesShape(1, new Rectangle2D.Double(-3.5, -3.5, 7, 7));
            // one legend for the whole chart, not one per panel
            renderer.setSeriesVisibleInLegend(0, first);
            renderer.setSeriesVisibleInLegend(1, first);
            first = false;

            XYPlot plot = new XYPlot(dataset, axis, null, renderer);
            style(plot);
            optimum(report, panel).ifPresent(value -> {
                ValueMarker marker = new ValueMarker(value, Color.GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
                marker.setLabel((hindsight(report) ? "mean hindsight optimum " : "optimal ")
                        + String.format(Locale.ROOT, "%.2f", value));
                marker.setLabelFont(SUBTITLE_FONT);
                marker.setLabelPaint(Color.DARK_GRAY);
                marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
                marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
                plot.addRangeMarker(marker);
            });
            combined.add(plot, 1);
        }
        NumberAxis range = (NumberAxis) combined.getRangeAxis();
        range.setAutoRangeIncludesZero(true);
        range.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        // a marker above the data (a hindsight optimum far above every policy) would fall off the axis
        double highestOptimum = report.optimalReturns().values().stream().mapToDouble(Double::doubleValue).max()
                .orElse(Double.NEGATIVE_INFINITY);
        if (highestOptimum >= range.getUpperBound()) {
            range.setRange(Math.min(0, range.getLowerBound()), highestOptimum * 1.08);
        }
        JFreeChart chart = new JFreeChart("Cumulative reward: mean and interquartile mean with 95 % intervals",
                TITLE_FONT, combined, true);
        chart.addSubtitle(subtitle(report));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /**
     * Every policy's performance profile: the fraction of its episodes, all tasks pooled, scoring above
     * each threshold, with the profile's 95 % band.
     */
    public static JFreeChart profiles(ComparisonReport report) {
        PerformanceProfiles profiles = report.profiles();
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        int index = 0;
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.18f);
        for (var entry : profiles.byPolicy().entrySet()) {
            YIntervalSeries series = new YIntervalSeries(entry.getKey());
            List<IntervalEstimate> profile = entry.getValue();
            for (int g = 0; g < profile.size(); g++) {
                add(series, profiles.thresholds().get(g), profile.get(g));
            }
            dataset.addSeries(series);
            Paint colour = POLICY_COLOURS[index % POLICY_COLOURS.length];
            renderer.setSeriesPaint(index, colour);
            renderer.setSeriesFillPaint(index, colour);
            renderer.setSeriesStroke(index, new BasicStroke(2f));
            index++;
        }
        String measure = profiles.measure() == PerformanceProfiles.Measure.PERCENT_OF_OPTIMAL
                ? hindsight(report) ? "score τ: cumulative reward as % of the task's mean hindsight optimum"
                : "score τ: cumulative reward as % of the task's optimal expected return"
                : "score τ: cumulative reward";
        NumberAxis domain = new NumberAxis(measure);
        domain.setAutoRangeIncludesZero(true);
        domain.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        NumberAxis range = new NumberAxis("fraction of episodes scoring above τ");
        range.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        range.setRange(0, 1.02);
        XYPlot plot = new XYPlot(dataset, domain, range, renderer);
        style(plot);
        JFreeChart chart = new JFreeChart("Performance profiles, all tasks pooled, with 95 % bands", TITLE_FONT, plot,
                true);
        chart.addSubtitle(subtitle(report));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static boolean hindsight(ComparisonReport report) {
        return report.optimum() == ComparisonReport.Optimum.HINDSIGHT;
    }

    private static Optional<Double> optimum(ComparisonReport report, String panel) {
        for (Task task : report.runs().tasks()) {
            if (task.id().equals(panel)) {
                return Optional.ofNullable(report.optimalReturns().get(task));
            }
        }
        return Optional.empty();
    }

    private static TextTitle subtitle(ComparisonReport report) {
        return new TextTitle(String.format(Locale.ROOT,
                "%d episodes per policy and task, the same for every policy (seed %d); stratified bootstrap, %d replicates",
                report.runs().episodes(), report.runs().seed(), report.bootstrap().replicates()), SUBTITLE_FONT);
    }

    private static void add(YIntervalSeries series, double x, IntervalEstimate estimate) {
        series.add(x, estimate.estimate(), estimate.low(), estimate.high());
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlinePaint(Color.LIGHT_GRAY);
    }
}
