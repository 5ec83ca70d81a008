package cloudrl.agents;

import cloudrl.io.AtomicFile;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Draws a learning curve as a PNG with JFreeChart, off screen. */
public final class LearningCurveChart {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 500;
    private static final Color[] REFERENCE_COLOURS = {new Color(0x2e7d32), new Color(0x9e9e9e), new Color(0xef6c00)};

    private LearningCurveChart() {
    }

    /**
     * Writes the mean training return against the steps, with a horizontal line for each reference,
     * to {@code target} (atomically).
     */
    public static void writePng(LearningCurve curve, String title, List<ReferenceLine> references, Path target)
            throws IOException {
        // charts need no screen; this must be settled before AWT starts, and a user's choice stands
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        XYSeries returns = new XYSeries("mean return, last 100 training episodes (exploring)");
        XYSeries greedy = new XYSeries("greedy policy, mean return on the evaluation episodes");
        long lastStep = 1;
        for (LearningCurve.Point point : curve.points()) {
            if (Double.isFinite(point.recentReturn())) {
                returns.add(point.steps(), point.recentReturn());
            }
            if (Double.isFinite(point.greedyReturn())) {
                greedy.add(point.steps(), point.greedyReturn());
            }
            lastStep = Math.max(lastStep, point.steps());
        }
        XYSeriesCollection data = new XYSeriesCollection(returns);
        data.addSeries(greedy);
        for (ReferenceLine reference : references) {
            XYSeries line = new XYSeries(reference.label());
            line.add(0, reference.value());
            line.add(lastStep, reference.value());
            data.addSeries(line);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "environment steps", "return per episode", data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, new Color(0x90caf9));
        renderer.setSeriesStroke(0, new BasicStroke(1.5f));
        renderer.setSeriesPaint(1, new Color(0x0d47a1));
        renderer.setSeriesStroke(1, new BasicStroke(2f));
        for (int i = 0; i < references.size(); i++) {
            renderer.setSeriesPaint(i + 2, REFERENCE_COLOURS[i % REFERENCE_COLOURS.length]);
            renderer.setSeriesStroke(i + 2, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 4f}, 0f));
        }
        plot.setRenderer(renderer);
        // encode in memory: ImageIO's file cache would register a shutdown hook, which fails while
        // the JVM is stopping, as it is when an interrupted run writes its last chart
        ImageIO.setUseCache(false);
        AtomicFile.write(target, out -> ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
    }
}
