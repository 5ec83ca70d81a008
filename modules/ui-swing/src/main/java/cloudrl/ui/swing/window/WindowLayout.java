package cloudrl.ui.swing.window;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.LayoutFocusTraversalPolicy;
import javax.swing.ScrollPaneConstants;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.awt.Window;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;

/**
 * How the window is laid out: the controls on top; the State and Set-up tabs on the left, each
 * scrolling; the Episode, Compare and Inspect views on the right; the status line at the bottom.
 * Everything shrinks with the window and scrolls below a readable size, and the first focus goes to
 * the content pane, where the shortcuts work.
 */
final class WindowLayout {

    static final String[] SIDE_TABS = {"State", "Set-up"};
    static final String[] VIEW_TABS = {"Episode", "Compare", "Inspect"};
    private static final int SIDE_WIDTH = 380;
    private static final int MIN_CHART_HEIGHT = 150;

    private WindowLayout() {
    }

    /** The episode charts stacked: they fill the view down to 150 px each, then scroll. */
    static JComponent chartColumn(List<? extends JComponent> chartPanels) {
        JPanel grid = new ShrinkingPanel(new GridLayout(chartPanels.size(), 1, 0, 4),
                chartPanels.size() * MIN_CHART_HEIGHT);
        chartPanels.forEach(grid::add);
        grid.setBorder(BorderFactory.createEmptyBorder(0, 6, 0, 4));
        JScrollPane scroll = new JScrollPane(grid, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        return scroll;
    }

    /**
     * Fills {@code frame}: {@code sideViews} under {@link #SIDE_TABS}, {@code mainViews} under
     * {@link #VIEW_TABS}. A click on any of {@code focusTakers} or on a tab gives the focus back to
     * the content pane.
     */
    static void lay(JFrame frame, JComponent controls, JTabbedPane side, List<JComponent> sideViews, JTabbedPane views,
                    List<JComponent> mainViews, JLabel status, List<? extends JComponent> focusTakers) {
        for (int i = 0; i < sideViews.size(); i++) {
            side.addTab(SIDE_TABS[i], scrolling(sideViews.get(i)));
        }
        side.setName("sideTabs");
        side.setFocusable(false);
        side.setPreferredSize(new Dimension(SIDE_WIDTH, 400));
        side.setMinimumSize(new Dimension(260, 200));
        for (int i = 0; i < mainViews.size(); i++) {
            views.addTab(VIEW_TABS[i], mainViews.get(i));
        }
        views.setName("views");
        views.setFocusable(false);
        status.setName("status");
        status.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));

        JPanel content = new JPanel(new BorderLayout(0, 4));
        content.setFocusable(true);
        content.add(controls, BorderLayout.NORTH);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, side, views);
        split.setBorder(BorderFactory.createEmptyBorder());
        split.setFocusable(false);
        split.setResizeWeight(0);
        split.setDividerLocation(SIDE_WIDTH);
        content.add(split, BorderLayout.CENTER);
        content.add(status, BorderLayout.SOUTH);
        MouseAdapter takeFocus = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent event) {
                content.requestFocusInWindow();
            }
        };
        content.addMouseListener(takeFocus);
        focusTakers.forEach(each -> each.addMouseListener(takeFocus));
        side.addMouseListener(takeFocus);
        views.addMouseListener(takeFocus);
        frame.setContentPane(content);
        // first focus on the content pane, not the first text field, so Space and the arrows work at once
        frame.setFocusTraversalPolicy(new LayoutFocusTraversalPolicy() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getInitialComponent(Window window) {
                return content;
            }
        });
    }

    private static JScrollPane scrolling(JComponent inside) {
        JScrollPane scroll = new JScrollPane(new ColumnPanel(inside), ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createEmptyBorder(0, 4, 0, 0));
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        return scroll;
    }
}
