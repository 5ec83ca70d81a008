package cloudrl.ui.swing.window;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Insets;

/**
 * A {@link FlowLayout} whose preferred height grows with the lines it wraps onto, so a row of
 * controls in a narrow window takes two lines instead of hiding what does not fit.
 */
final class WrappingFlowLayout extends FlowLayout {

    private static final long serialVersionUID = 1L;

    WrappingFlowLayout(int align, int hgap, int vgap) {
        super(align, hgap, vgap);
    }

    @Override
    public Dimension preferredLayoutSize(Container target) {
        return size(target, true);
    }

    @Override
    public Dimension minimumLayoutSize(Container target) {
        Dimension minimum = size(target, false);
        minimum.width -= getHgap() + 1;
        return minimum;
    }

    private Dimension size(Container target, boolean preferred) {
        synchronized (target.getTreeLock()) {
            int available = target.getWidth();
            Container parent = target.getParent();
            if (available == 0 && parent != null) {
                available = parent.getWidth();
            }
            if (available == 0) {
                available = Integer.MAX_VALUE;
            }
            Insets insets = target.getInsets();
            int maxWidth = available - insets.left - insets.right - getHgap() * 2;
            int width = 0;
            int height = 0;
            int lineWidth = 0;
            int lineHeight = 0;
            for (Component component : target.getComponents()) {
                if (!component.isVisible()) {
                    continue;
                }
                Dimension size = preferred ? component.getPreferredSize() : component.getMinimumSize();
                if (lineWidth > 0 && lineWidth + getHgap() + size.width > maxWidth) {
                    width = Math.max(width, lineWidth);
                    height += lineHeight + getVgap();
                    lineWidth = 0;
                    lineHeight = 0;
                }
                lineWidth += (lineWidth > 0 ? getHgap() : 0) + size.width;
                lineHeight = Math.max(lineHeight, size.height);
            }
            width = Math.max(width, lineWidth);
            height += lineHeight;
            return new Dimension(width + insets.left + insets.right + getHgap() * 2,
                    height + insets.top + insets.bottom + getVgap() * 2);
        }
    }
}
