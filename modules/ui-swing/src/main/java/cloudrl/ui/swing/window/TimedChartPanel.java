package cloudrl.ui.swing.window;

import cloudrl.ui.swing.present.FrameTimes;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

import java.awt.Graphics;

/** A chart panel that records how long each of its paints takes, for the frame-time diagnostic. */
final class TimedChartPanel extends ChartPanel {

    private static final long serialVersionUID = 1L;
    private final transient FrameTimes times;

    TimedChartPanel(JFreeChart chart, FrameTimes times) {
        super(chart, false, true, false, false, true);
        this.times = times;
    }

    @Override
    public void paintComponent(Graphics g) {
        long start = System.nanoTime();
        super.paintComponent(g);
        times.record(System.nanoTime() - start);
    }
}
