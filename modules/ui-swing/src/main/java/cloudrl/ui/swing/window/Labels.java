package cloudrl.ui.swing.window;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import javax.swing.text.DefaultCaret;

/** The few kinds of text the panels use, named so the end-to-end test can find them. */
final class Labels {

    private Labels() {
    }

    /** A value shown prominently, such as "63.2 %". */
    static JLabel value(String name) {
        JLabel label = new JLabel("—");
        label.setName(name);
        label.putClientProperty("FlatLaf.styleClass", "h4");
        return label;
    }

    /** Text that wraps inside the column, such as the reward's parts or why an episode ended. */
    static JTextArea wrapping(String name) {
        JTextArea area = new StillTextArea("—");
        area.setName(name);
        area.setEditable(false);
        area.setFocusable(false);
        area.setOpaque(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setBorder(BorderFactory.createEmptyBorder()); // not a UI resource: survives theme changes
        area.setFont(UIManager.getFont("Label.font"));
        area.putClientProperty("FlatLaf.styleClass", "small");
        return area;
    }

    /**
     * A text area whose caret never scrolls it into view: setting a grade's text must not scroll the
     * State panel down to it when the panel is shorter than its content.
     */
    private static final class StillTextArea extends JTextArea {
        private static final long serialVersionUID = 1L;

        StillTextArea(String text) {
            super(text);
        }

        @Override
        public void updateUI() {
            super.updateUI();
            if (getCaret() instanceof DefaultCaret caret) {
                caret.setUpdatePolicy(DefaultCaret.NEVER_UPDATE);
            }
        }
    }
}
