package cloudrl.ui.swing.window;

import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;

/** A two-column form, names on the left and values on the right, filled row by row. */
final class Rows {

    private final JPanel panel = new JPanel(new GridBagLayout());
    private int row;

    JPanel panel() {
        return panel;
    }

    /** Adds a row: a name, then {@code value} filling the rest of the width; the name's label, to hide the row with. */
    JLabel add(String name, JComponent value) {
        JLabel label = new JLabel(name);
        label.putClientProperty("FlatLaf.styleClass", "small");
        GridBagConstraints left = new GridBagConstraints();
        left.gridx = 0;
        left.gridy = row;
        left.anchor = GridBagConstraints.FIRST_LINE_START;
        left.insets = new Insets(3, 0, 3, 10);
        panel.add(label, left);
        GridBagConstraints right = new GridBagConstraints();
        right.gridx = 1;
        right.gridy = row;
        right.weightx = 1;
        right.fill = GridBagConstraints.HORIZONTAL;
        right.anchor = GridBagConstraints.FIRST_LINE_START;
        right.insets = new Insets(3, 0, 3, 0);
        panel.add(value, right);
        row++;
        return label;
    }

    /** Adds {@code component} across both columns. */
    void addWide(JComponent component) {
        GridBagConstraints both = new GridBagConstraints();
        both.gridx = 0;
        both.gridy = row++;
        both.gridwidth = 2;
        both.weightx = 1;
        both.fill = GridBagConstraints.HORIZONTAL;
        both.insets = new Insets(6, 0, 3, 0);
        panel.add(component, both);
    }

    /** Pushes the rows to the top of the panel. */
    void finish() {
        GridBagConstraints filler = new GridBagConstraints();
        filler.gridx = 0;
        filler.gridy = row++;
        filler.weighty = 1;
        panel.add(new JPanel(), filler);
    }
}
