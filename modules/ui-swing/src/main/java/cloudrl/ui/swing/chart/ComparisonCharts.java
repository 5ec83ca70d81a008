package cloudrl.ui.swing.chart;

import cloudrl.api.Episode;
import cloudrl.ui.swing.compare.Standing;
import cloudrl.ui.swing.present.Theme;
import cloudrl.workload.TraceClock;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The charts of a comparison, every policy overlaid on the same axes: cumulative reward and servers
 * by step for the episode on the shown seed, each policy labelled with its return and grade; and the
 * histogram of the N episodes' returns per policy. Given the shown episode's clock, the by-step charts
 * label their x axis with the time of day, as the Episode tab's do ({@link StepAxis}).
 */
public final class ComparisonCharts {

    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final int BINS = 20;

    private ComparisonCharts() {
    }

    /** Colour of the {@code index}-th policy: distinct hues that keep their contrast on the theme's background. */
    public static Color policyColour(int index, Theme theme) {
        List<Color> palette = List.of(theme.cpuLine(), theme.requestRateLine(), theme.memoryLine(), theme.serversLine(),
                theme.latencyLine(), theme.criticalLine());
        return palette.get(index % palette.size());
    }

    /**
     * How a legend names a policy: {@code threshold · R 7.31 · 0.4434 failed}; on a trace with the share
     * of the seed's hindsight optimum, {@code threshold · R 42.42 = 52.0 % · 0.4914 failed}.
     */
    public static String legend(Standing standing) {
        String share = standing.hindsight().map(figure -> String.format(Locale.ROOT, " = %.1f %%", figure.percent()))
                .orElse("");
        return String.format(Locale.ROOT, "%s · R %.2f%s · %.4f %s", standing.name(),
                standing.grade().cumulativeReward(), share, standing.grade().finalScore(),
                standing.grade().passed() ? "passed" : "failed");
    }

    /** The dashed line's label on a trace: no policy's cumulative reward can pass it. */
    public static String hindsightLabel(double optimum) {
        return String.format(Locale.ROOT, "hindsight optimum %.2f", optimum);
    }

    /** Cumulative reward by step, one line per policy; the x axis shows {@code clock}'s times when present. */
    public static JFreeChart cumulativeReward(List<Standing> standings, int maxSteps, Optional<TraceClock> clock,
                                              Theme theme) {
        XYSeriesCollection lines = new XYSeriesCollection();
        for (Standing standing : standings) {
            XYSeries series = new XYSeries(legend(standing), false, true);
            Episode episode = standing.episode();
            double sum = 0;
            series.add(0, 0, false);
            for (int i = 0; i < episode.steps(); i++) {
                sum += episode.rewards().get(i);
                series.add(i + 1, sum, false);
            }
            lines.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Cumulative reward, same seed", "Step", "Cumulative reward",
                lines, PlotOrientation.VERTICAL, true, false, false);
        chart.getXYPlot().setRenderer(new XYLineAndShapeRenderer(true, false));
        // on a trace, every policy played the same window: its hindsight optimum is the ceiling of every line
        standings.stream().flatMap(standing -> standing.hindsight().stream()).findFirst().ifPresent(figure -> {
            ValueMarker ceiling = new ValueMarker(figure.optimum(), theme.chartText(), new BasicStroke(1.2f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
            ceiling.setLabel(hindsightLabel(figure.optimum()));
            ceiling.setLabelFont(LABEL_FONT);
            ceiling.setLabelPaint(theme.chartText());
            ceiling.setLabelBackgroundColor(new Color(0, 0, 0, 0));
            ceiling.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
            ceiling.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            chart.getXYPlot().addRangeMarker(ceiling);
            // markers do not widen the axis: leave room above the line
            chart.getXYPlot().getRangeAxis().setRange(Math.min(0, lines.getRangeLowerBound(false)),
                    Math.max(figure.optimum(), lines.getRangeUpperBound(false)) * 1.08);
        });
        return styled(chart, standings.size(), maxSteps, clock, theme);
    }

    /** Servers by step, one step line per policy; the x axis shows {@code clock}'s times when present. */
    public static JFreeChart servers(List<Standing> standings, int maxSteps, Optional<TraceClock> clock,
                                     Theme theme) {
        XYSeriesCollection lines = new XYSeriesCollection();
        for (Standing standing : standings) {
            XYSeries series = new XYSeries(standing.name(), false, true);
            Episode episode = standing.episode();
            series.add(0, episode.initial().servers(), false);
            for (int i = 0; i < episode.steps(); i++) {
                series.add(i + 1, episode.states().get(i).servers(), false);
            }
            lines.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Servers, same seed", "Step", "Servers", lines,
                PlotOrientation.VERTICAL, true, false, false);
        chart.getXYPlot().setRenderer(new XYStepRenderer());
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return styled(chart, standings.size(), maxSteps, clock, theme);
    }

    /** The distribution of the N episodes' cumulative rewards, one translucent histogram per policy. */
    public static JFreeChart returns(List<Standing> standings, Theme theme) {
        HistogramDataset histograms = new HistogramDataset();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Standing standing : standings) {
            for (double value : standing.results().cumulativeRewards()) {
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        if (high <= low) {
            high = low + 1;
        }
        for (Standing standing : standings) {
            histograms.addSeries(standing.name(), standing.results().cumulativeRewards(), BINS, low, high);
        }
        JFreeChart chart = ChartFactory.createHistogram("Episode returns (" + (standings.isEmpty() ? 0
                : standings.get(0).results().episodes()) + " episodes each)", "Cumulative reward", "Episodes",
                histograms, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setForegroundAlpha(0.6f);
        style(chart, standings.size(), theme);
        return chart;
    }

    private static JFreeChart styled(JFreeChart chart, int policies, int maxSteps, Optional<TraceClock> clock,
                                     Theme theme) {
        StepAxis steps = new StepAxis();
        steps.clock(clock);
        chart.getXYPlot().setDomainAxis(steps);
        steps.setRange(0, maxSteps);
        style(chart, policies, theme);
        for (int i = 0; i < policies; i++) {
            chart.getXYPlot().getRenderer().setSeriesStroke(i, new BasicStroke(1.8f));
        }
        return chart;
    }

    private static void style(JFreeChart chart, int policies, Theme theme) {
        chart.getTitle().setFont(TITLE_FONT);
        chart.getTitle().setPaint(theme.chartText());
        chart.setBackgroundPaint(theme.chartBackground());
        chart.setAntiAlias(true);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(theme.plotBackground());
        plot.setOutlinePaint(theme.gridLines());
        plot.setDomainGridlinePaint(theme.gridLines());
        plot.setRangeGridlinePaint(theme.gridLines());
        for (var axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            axis.setLabelPaint(theme.chartText());
            axis.setTickLabelPaint(theme.chartText());
            axis.setLabelFont(LABEL_FONT);
            axis.setTickLabelFont(LABEL_FONT);
        }
        for (int i = 0; i < policies; i++) {
            plot.getRenderer().setSeriesPaint(i, policyColour(i, theme));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(theme.chartBackground());
            legend.setItemPaint(theme.chartText());
            legend.setItemFont(LABEL_FONT);
        }
    }
}
