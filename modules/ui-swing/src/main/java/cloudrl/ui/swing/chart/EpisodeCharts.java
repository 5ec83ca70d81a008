package cloudrl.ui.swing.chart;

import cloudrl.ui.swing.present.MetricZone;
import cloudrl.ui.swing.present.Theme;
import cloudrl.workload.TraceClock;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;

/**
 * The explorer's three charts over the steps of an episode: CPU and memory with the 40–70 % target
 * band and the 95 % instability line; servers as a step chart, with booting servers (dashed) and the
 * cost so far on a second axis in scenarios that report them; request rate with latency on a second
 * axis. The same charts serve the window and the headless PNG.
 */
public final class EpisodeCharts {

    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Rectangle2D LEGEND_SWATCH = new Rectangle2D.Double(-4, -4, 8, 8);
    private static final BasicStroke LINE = new BasicStroke(1.8f);
    private static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 4f}, 0f);

    private final EpisodeChartData data;
    private final JFreeChart utilisation;
    private final JFreeChart servers;
    private final JFreeChart traffic;
    private final IntervalMarker targetBand = new IntervalMarker(MetricZone.BAND_LOW, MetricZone.BAND_HIGH);
    private final ValueMarker criticalLine = new ValueMarker(MetricZone.CRITICAL_ABOVE);
    private final NumberAxis latencyAxis = new NumberAxis("Latency (req/server)");
    private final NumberAxis costAxis = new NumberAxis("Cost so far");

    /** Charts over {@code data}, with the step axis running from 0 to {@code maxSteps}. */
    public EpisodeCharts(EpisodeChartData data, int maxSteps, Theme theme) {
        this.data = data;
        utilisation = ChartFactory.createXYLineChart("CPU and memory utilisation", "Step", "Utilisation (%)",
                data.utilisation, PlotOrientation.VERTICAL, true, false, false);
        XYPlot utilisationPlot = utilisation.getXYPlot();
        // a little above 100, so a line at 100 % is not hidden by the plot's edge
        utilisationPlot.getRangeAxis().setRange(0, 104);
        targetBand.setAlpha(1f); // the theme colour carries the translucency
        utilisationPlot.addRangeMarker(targetBand, Layer.BACKGROUND);
        criticalLine.setStroke(DASHED);
        utilisationPlot.addRangeMarker(criticalLine, Layer.FOREGROUND);
        utilisationPlot.setRenderer(LatestPointRenderers.lines(LINE, data.cpu, data.memory));

        servers = ChartFactory.createXYLineChart("Servers", "Step", "Servers", data.serverCount,
                PlotOrientation.VERTICAL, true, false, false);
        servers.getXYPlot().setRenderer(LatestPointRenderers.steps(LINE, data.servers, data.booting));
        servers.getXYPlot().getRenderer().setSeriesStroke(1, DASHED);
        // the cost so far on a second axis; it and the legend show only in scenarios whose steps report a cost
        XYPlot serverPlot = servers.getXYPlot();
        costAxis.setAutoRangeIncludesZero(true);
        serverPlot.setRangeAxis(1, costAxis);
        serverPlot.setDataset(1, data.costs);
        serverPlot.mapDatasetToRangeAxis(1, 1);
        serverPlot.setRenderer(1, LatestPointRenderers.lines(LINE, data.costSoFar));
        showFleet(data.hasFleet());
        NumberAxis serverAxis = (NumberAxis) servers.getXYPlot().getRangeAxis();
        serverAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        // from exactly 0: a margin below would show negative servers
        serverAxis.setAutoRangeIncludesZero(true);
        serverAxis.setLowerMargin(0);
        serverAxis.setUpperMargin(0.15);

        traffic = ChartFactory.createXYLineChart("Request rate and latency", "Step", "Requests per step",
                data.traffic, PlotOrientation.VERTICAL, true, false, false);
        XYPlot trafficPlot = traffic.getXYPlot();
        ((NumberAxis) trafficPlot.getRangeAxis()).setAutoRangeIncludesZero(true);
        latencyAxis.setAutoRangeIncludesZero(true);
        trafficPlot.setRangeAxis(1, latencyAxis);
        trafficPlot.setDataset(1, data.latencies);
        trafficPlot.mapDatasetToRangeAxis(1, 1);
        trafficPlot.setRenderer(0, LatestPointRenderers.lines(LINE, data.requestRate));
        trafficPlot.setRenderer(1, LatestPointRenderers.lines(LINE, data.latency));

        for (JFreeChart chart : charts()) {
            chart.getXYPlot().setDomainAxis(new StepAxis());
            chart.getTitle().setFont(TITLE_FONT);
            chart.setAntiAlias(true);
        }
        maxSteps(maxSteps);
        apply(theme);
    }

    /** The data drawn. */
    public EpisodeChartData data() {
        return data;
    }

    /** The three charts, top to bottom. */
    public List<JFreeChart> charts() {
        return List.of(utilisation, servers, traffic);
    }

    /** Fixes the step axis to {@code [0, maxSteps]}, so an episode fills the width as it runs. */
    public void maxSteps(int maxSteps) {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps " + maxSteps + " is not allowed: must be at least 1");
        }
        for (JFreeChart chart : charts()) {
            chart.getXYPlot().getDomainAxis().setRange(0, maxSteps);
        }
    }

    /**
     * Labels the x axes with the time of day each step replays on {@code clock} (a trace's episode,
     * {@code TraceWorkload.clock()}), or with step numbers when it is empty.
     */
    public void clock(Optional<TraceClock> clock) {
        for (JFreeChart chart : charts()) {
            ((StepAxis) chart.getXYPlot().getDomainAxis()).clock(clock);
        }
    }

    /** The clock the x axes show, empty when they show steps. */
    public Optional<TraceClock> clock() {
        return ((StepAxis) traffic.getXYPlot().getDomainAxis()).clock();
    }

    /** The x axis's title and the tick labels of the bottom chart's latest paint: what the user reads. */
    public List<String> drawnTimeAxis() {
        StepAxis axis = (StepAxis) traffic.getXYPlot().getDomainAxis();
        List<String> shown = new java.util.ArrayList<>();
        shown.add(axis.getLabel());
        shown.addAll(axis.drawnLabels());
        return List.copyOf(shown);
    }

    /**
     * Shows the booting servers' and the cost's legend and axis, or hides them (the reference reports
     * neither, so its servers chart looks as it always did).
     */
    public void showFleet(boolean shown) {
        if (servers.getLegend().isVisible() != shown) {
            servers.getLegend().setVisible(shown);
            costAxis.setVisible(shown);
        }
    }

    /** Above this many steps the live charts draw without antialiasing, which costs several times more per line. */
    public static final int ANTIALIAS_UP_TO = 2_000;

    /**
     * Draws with antialiasing only while the episode has at most {@link #ANTIALIAS_UP_TO} points, so a
     * long episode at full speed keeps its frames short.
     */
    public void density(int points) {
        boolean smooth = points <= ANTIALIAS_UP_TO;
        for (JFreeChart chart : charts()) {
            if (chart.getAntiAlias() != smooth) {
                chart.setAntiAlias(smooth);
            }
        }
    }

    /** Colours every chart for {@code theme}. */
    public void apply(Theme theme) {
        for (JFreeChart chart : charts()) {
            chart.setBackgroundPaint(theme.chartBackground());
            chart.getTitle().setPaint(theme.chartText());
            XYPlot plot = chart.getXYPlot();
            plot.setBackgroundPaint(theme.plotBackground());
            plot.setOutlinePaint(theme.gridLines());
            plot.setDomainGridlinePaint(theme.gridLines());
            plot.setRangeGridlinePaint(theme.gridLines());
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                style(plot.getRangeAxis(i), theme);
            }
            style(plot.getDomainAxis(), theme);
            LegendTitle legend = chart.getLegend();
            if (legend != null) {
                legend.setBackgroundPaint(theme.chartBackground());
                legend.setItemPaint(theme.chartText());
                legend.setItemFont(LABEL_FONT);
            }
        }
        XYPlot utilisationPlot = utilisation.getXYPlot();
        utilisationPlot.getRenderer().setSeriesPaint(0, theme.cpuLine());
        utilisationPlot.getRenderer().setSeriesPaint(1, theme.memoryLine());
        targetBand.setPaint(theme.targetBandFill());
        criticalLine.setPaint(theme.criticalLine());
        utilisationPlot.setFixedLegendItems(utilisationLegend(theme));
        servers.getXYPlot().getRenderer().setSeriesPaint(0, theme.serversLine());
        servers.getXYPlot().getRenderer().setSeriesPaint(1, theme.zoneColour(MetricZone.HIGH));
        servers.getXYPlot().getRenderer(1).setSeriesPaint(0, theme.memoryLine());
        costAxis.setLabelPaint(theme.memoryLine());
        XYPlot trafficPlot = traffic.getXYPlot();
        trafficPlot.getRenderer(0).setSeriesPaint(0, theme.requestRateLine());
        trafficPlot.getRenderer(1).setSeriesPaint(0, theme.latencyLine());
        latencyAxis.setLabelPaint(theme.latencyLine());
        trafficPlot.getRangeAxis(0).setLabelPaint(theme.requestRateLine());
    }

    /** CPU and memory, then the band and the line, which as markers have no legend entry of their own. */
    private LegendItemCollection utilisationLegend(Theme theme) {
        LegendItemCollection items = new LegendItemCollection();
        items.add(lineItem("CPU", theme.cpuLine(), LINE));
        items.add(lineItem("Memory", theme.memoryLine(), LINE));
        LegendItem band = new LegendItem("target 40–70 %", null, null, null, new Rectangle2D.Double(-6, -5, 12, 10),
                blendOnto(theme.targetBandFill(), theme.plotBackground()));
        items.add(band);
        items.add(lineItem("instability above 95 %", theme.criticalLine(), DASHED));
        for (int i = 0; i < items.getItemCount(); i++) {
            items.get(i).setLabelPaint(theme.chartText());
            items.get(i).setLabelFont(LABEL_FONT);
        }
        return items;
    }

    private static LegendItem lineItem(String label, Color colour, BasicStroke stroke) {
        return new LegendItem(label, null, null, null, false, LEGEND_SWATCH, false, colour, false, colour, stroke,
                true, new Line2D.Double(-9, 0, 9, 0), stroke, colour);
    }

    /** The band's colour as it looks on the plot, opaque, for the legend swatch. */
    private static Color blendOnto(Color translucent, Color under) {
        double alpha = translucent.getAlpha() / 255.0;
        return new Color((int) Math.round(translucent.getRed() * alpha + under.getRed() * (1 - alpha)),
                (int) Math.round(translucent.getGreen() * alpha + under.getGreen() * (1 - alpha)),
                (int) Math.round(translucent.getBlue() * alpha + under.getBlue() * (1 - alpha)));
    }

    private static void style(ValueAxis axis, Theme theme) {
        axis.setLabelPaint(theme.chartText());
        axis.setTickLabelPaint(theme.chartText());
        axis.setAxisLinePaint(theme.gridLines());
        axis.setTickMarkPaint(theme.gridLines());
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelFont(LABEL_FONT);
    }
}
