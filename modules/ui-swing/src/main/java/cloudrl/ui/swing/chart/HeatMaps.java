package cloudrl.ui.swing.chart;

import cloudrl.ui.swing.inspect.StateGrid;
import cloudrl.ui.swing.present.MetricZone;
import cloudrl.ui.swing.present.Theme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Heat maps of a {@link StateGrid}: a policy map, one colour per action, and a reward map on a
 * gradient from 0 to 1. Drawn with JFreeChart's block renderer; no display needed.
 */
public final class HeatMaps {

    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private HeatMaps() {
    }

    /** The colour of action {@code index} out of {@code count}: blue (fewer servers) through grey to orange (more). */
    public static Color actionColour(int index, int count, Theme theme) {
        if (count == 3) {
            return List.of(theme.zoneColour(MetricZone.UNDERUSED),
                    theme.gridLines(), theme.zoneColour(MetricZone.HIGH)).get(index);
        }
        float hue = count <= 1 ? 0.6f : 0.6f - 0.55f * index / (count - 1);
        return Color.getHSBColor(hue, 0.65f, theme == Theme.DARK ? 0.85f : 0.75f);
    }

    /** A policy map: each cell coloured by its action, labelled in the legend with {@code actionLabels}. */
    public static JFreeChart actions(StateGrid grid, List<String> actionLabels, Theme theme) {
        int count = actionLabels.size();
        JFreeChart chart = chart(grid, new ActionScale(count, theme), theme);
        LegendItemCollection items = new LegendItemCollection();
        for (int i = 0; i < count; i++) {
            LegendItem item = new LegendItem(actionLabels.get(i), null, null, null, new Rectangle2D.Double(-6, -5, 12, 10),
                    actionColour(i, count, theme));
            item.setLabelPaint(theme.chartText());
            item.setLabelFont(LABEL_FONT);
            items.add(item);
        }
        if (grid.hasGaps()) {
            // a planner covers only the states it can reach: say so rather than leave blank cells unexplained
            LegendItem gap = new LegendItem("no action (state not covered)", null, null, null,
                    new Rectangle2D.Double(-6, -5, 12, 10), theme.plotBackground(), new java.awt.BasicStroke(1f),
                    theme.gridLines());
            gap.setLabelPaint(theme.chartText());
            gap.setLabelFont(LABEL_FONT);
            items.add(gap);
        }
        chart.getXYPlot().setFixedLegendItems(items);
        LegendTitle legend = new LegendTitle(chart.getXYPlot());
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setBackgroundPaint(theme.chartBackground());
        chart.addSubtitle(legend);
        return chart;
    }

    /** A map of values in [0, 1] (a reward), on a gradient with its scale beside it. */
    public static JFreeChart values(StateGrid grid, Theme theme) {
        PaintScale scale = new Gradient(theme);
        JFreeChart chart = chart(grid, scale, theme);
        NumberAxis scaleAxis = new NumberAxis("Reward");
        scaleAxis.setRange(0, 1);
        scaleAxis.setLabelFont(LABEL_FONT);
        scaleAxis.setTickLabelFont(LABEL_FONT);
        scaleAxis.setLabelPaint(theme.chartText());
        scaleAxis.setTickLabelPaint(theme.chartText());
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(12);
        legend.setBackgroundPaint(theme.chartBackground());
        chart.addSubtitle(legend);
        return chart;
    }

    private static JFreeChart chart(StateGrid grid, PaintScale scale, Theme theme) {
        double[] xs = grid.xs();
        double[] ys = grid.ys();
        int cells = xs.length * ys.length;
        double[][] series = new double[3][cells];
        int i = 0;
        for (int y = 0; y < ys.length; y++) {
            for (int x = 0; x < xs.length; x++) {
                series[0][i] = xs[x];
                series[1][i] = ys[y];
                series[2][i] = grid.at(x, y);
                i++;
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(grid.title(), series);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(grid.xStep());
        renderer.setBlockHeight(grid.yStep());
        renderer.setPaintScale(scale);
        NumberAxis xAxis = new NumberAxis(grid.xLabel());
        NumberAxis yAxis = new NumberAxis(grid.yLabel());
        xAxis.setRange(xs[0] - grid.xStep() / 2, xs[xs.length - 1] + grid.xStep() / 2);
        yAxis.setRange(ys[0] - grid.yStep() / 2, ys[ys.length - 1] + grid.yStep() / 2);
        yAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        for (NumberAxis axis : List.of(xAxis, yAxis)) {
            axis.setLabelFont(LABEL_FONT);
            axis.setTickLabelFont(LABEL_FONT);
            axis.setLabelPaint(theme.chartText());
            axis.setTickLabelPaint(theme.chartText());
            axis.setAxisLinePaint(theme.gridLines());
        }
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        plot.setBackgroundPaint(theme.plotBackground());
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlinePaint(theme.gridLines());
        JFreeChart chart = new JFreeChart(grid.title(), TITLE_FONT, plot, false);
        chart.setBackgroundPaint(theme.chartBackground());
        chart.getTitle().setPaint(theme.chartText());
        chart.setAntiAlias(true);
        return chart;
    }

    /** One colour per action index; a cell without an action (NaN) is left unpainted, so the plot shows through. */
    private record ActionScale(int count, Theme theme) implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return count - 1;
        }

        @Override
        public Paint getPaint(double value) {
            if (Double.isNaN(value)) {
                return new Color(0, 0, 0, 0);
            }
            int index = (int) Math.round(value);
            return index >= 0 && index < count ? actionColour(index, count, theme) : new Color(0, 0, 0, 0);
        }
    }

    /** From the plot's background (reward 0) to the target-zone green (reward 1); NaN shows the background. */
    private record Gradient(Theme theme) implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return 1;
        }

        @Override
        public Paint getPaint(double value) {
            Color low = theme.zoneColour(MetricZone.CRITICAL);
            Color high = theme.zoneColour(MetricZone.TARGET);
            if (Double.isNaN(value)) {
                return theme.plotBackground();
            }
            double t = Math.max(0, Math.min(1, value));
            Color middle = theme.plotBackground();
            Color from = t < 0.5 ? low : middle;
            Color to = t < 0.5 ? middle : high;
            double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
            return new Color(mix(from.getRed(), to.getRed(), u), mix(from.getGreen(), to.getGreen(), u),
                    mix(from.getBlue(), to.getBlue(), u));
        }

        private static int mix(int from, int to, double u) {
            return (int) Math.round(from + (to - from) * u);
        }
    }
}
