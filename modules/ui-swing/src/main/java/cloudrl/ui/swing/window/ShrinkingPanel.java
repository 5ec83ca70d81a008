package cloudrl.ui.swing.window;

import javax.swing.JPanel;
import javax.swing.Scrollable;
import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;

/**
 * A panel for a scroll pane that fills the viewport while it is at least {@code minimumHeight} tall
 * and scrolls below that: the charts shrink with the window down to a readable height, then scroll.
 */
final class ShrinkingPanel extends JPanel implements Scrollable {

    private static final long serialVersionUID = 1L;
    private final int minimumHeight;

    ShrinkingPanel(LayoutManager layout, int minimumHeight) {
        super(layout);
        this.minimumHeight = minimumHeight;
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public Dimension getPreferredSize() {
        // as tall as the least readable height: taller viewports stretch it, shorter ones scroll it
        return new Dimension(super.getPreferredSize().width, minimumHeight);
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 24;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return visible.height;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return getParent() != null && getParent().getHeight() >= minimumHeight;
    }
}
