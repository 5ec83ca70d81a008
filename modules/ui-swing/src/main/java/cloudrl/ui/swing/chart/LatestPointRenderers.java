package cloudrl.ui.swing.chart;

import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYDataset;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.Ellipse2D;
import java.util.List;

/**
 * Line renderers that mark each series' latest point with a dot: the reset state shows before the
 * first step (a single point draws no line), and while an episode runs the dot shows where it is.
 */
final class LatestPointRenderers {

    private static final Ellipse2D DOT = new Ellipse2D.Double(-3.5, -3.5, 7, 7);

    private LatestPointRenderers() {
    }

    /** Straight lines between the points of {@code series}, in dataset order. */
    static XYLineAndShapeRenderer lines(BasicStroke stroke, XYSeries... series) {
        return style(new Lines(List.of(series)), stroke);
    }

    /** A step line through the points of {@code series}, in dataset order. */
    static XYStepRenderer steps(BasicStroke stroke, XYSeries... series) {
        return style(new Steps(List.of(series)), stroke);
    }

    private static <R extends XYLineAndShapeRenderer> R style(R renderer, BasicStroke stroke) {
        renderer.setDefaultStroke(stroke);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setDefaultShape(DOT);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setUseFillPaint(false);
        return renderer;
    }

    private static boolean latest(List<XYSeries> series, int index, int item) {
        return index < series.size() && item == series.get(index).getItemCount() - 1;
    }

    private static final class Lines extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        private final transient List<XYSeries> series;

        Lines(List<XYSeries> series) {
            super(true, true);
            this.series = series;
            // one path per series, not one line per segment: a 10,000-step episode paints several times faster
            setDrawSeriesLineAsPath(true);
        }

        @Override
        public boolean getItemShapeVisible(int index, int item) {
            return latest(series, index, item);
        }
    }

    private static final class Steps extends XYStepRenderer {
        private static final long serialVersionUID = 1L;
        private final transient List<XYSeries> series;

        Steps(List<XYSeries> series) {
            this.series = series;
        }

        // XYStepRenderer draws lines only, so the dot is drawn here, once, on the last pass
        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                             XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int index,
                             int item, CrosshairState crosshair, int pass) {
            super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, index, item, crosshair,
                    pass);
            if (pass == getPassCount() - 1 && latest(series, index, item)) {
                double x = domainAxis.valueToJava2D(dataset.getXValue(index, item), dataArea,
                        plot.getDomainAxisEdge());
                double y = rangeAxis.valueToJava2D(dataset.getYValue(index, item), dataArea, plot.getRangeAxisEdge());
                g2.setPaint(getItemPaint(index, item));
                g2.fill(ShapeUtils.createTranslatedShape(DOT, x, y));
            }
        }
    }
}
