package cloudrl.ui.swing.window;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/** How every chart panel of the window is set up: drawn at its real size, no zoom, no keyboard focus. */
final class Charts {

    private Charts() {
    }

    static ChartPanel panel(JFreeChart chart) {
        return setUp(new ChartPanel(chart, false, true, false, false, true));
    }

    static <P extends ChartPanel> P setUp(P panel) {
        // draw at the real size instead of stretching a bitmap of at most 1024 x 768
        panel.setMinimumDrawWidth(100);
        panel.setMinimumDrawHeight(80);
        panel.setMaximumDrawWidth(4000);
        panel.setMaximumDrawHeight(3000);
        panel.setDomainZoomable(false);
        panel.setRangeZoomable(false);
        panel.setFocusable(false);
        return panel;
    }
}
