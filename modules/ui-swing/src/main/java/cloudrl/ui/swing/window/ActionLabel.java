package cloudrl.ui.swing.window;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the window shows one action: its button text and tooltip, from the scheme's label. The buttons
 * are built from the environment's action space, one per index, so a scheme with more actions gets
 * more buttons. The actions beside the scheme's {@code keep} (remove one, keep, add one of the first
 * server type) are the ones the arrow keys take, and carry the names {@link #DECREASE},
 * {@link #MAINTAIN} and {@link #INCREASE}; a scheme without a {@code keep} (such as {@code target})
 * has no keys.
 *
 * @param index the action's index in the action space
 * @param name  the component's name, for tests and keys: {@code decrease}, {@code maintain}, {@code increase}, {@code action5}
 * @param text  the button's text
 * @param tip   the button's tooltip, naming its key if it has one
 */
record ActionLabel(int index, String name, String text, String tip) {

    /** The name of the action ↓ takes: the one just below keep. */
    static final String DECREASE = "decrease";
    /** The name of the action → takes: keep. */
    static final String MAINTAIN = "maintain";
    /** The name of the action ↑ takes: the one just above keep. */
    static final String INCREASE = "increase";
    /** The label a scheme gives the action that changes nothing. */
    private static final String KEEP = "keep";

    /** The buttons of an action space with {@code labels}, in index order. */
    static List<ActionLabel> of(List<String> labels) {
        int keep = labels.indexOf(KEEP);
        List<ActionLabel> shown = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (keep < 0) {
                shown.add(new ActionLabel(i, "action" + i, label, "Take action " + i + ": " + label));
            } else if (i == keep - 1) {
                shown.add(new ActionLabel(i, DECREASE, "▼ " + label, capitalised(label) + " (↓)"));
            } else if (i == keep) {
                shown.add(new ActionLabel(i, MAINTAIN, "■ " + label, "Keep the servers (→)"));
            } else if (i == keep + 1) {
                shown.add(new ActionLabel(i, INCREASE, "▲ " + label, capitalised(label) + " (↑)"));
            } else {
                shown.add(new ActionLabel(i, "action" + i, (i < keep ? "▼ " : "▲ ") + label, capitalised(label)));
            }
        }
        return List.copyOf(shown);
    }

    /** The default action space's buttons, by index only: {@code 0, 1, ...} as {@code Discrete(n)} labels them. */
    static List<ActionLabel> numbered(int count) {
        List<String> labels = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            labels.add(Integer.toString(i));
        }
        return of(labels);
    }

    /** What a legend or a selector shows: the text without its symbol. */
    String plain() {
        int space = text.indexOf(' ');
        return space >= 0 && !Character.isLetterOrDigit(text.charAt(0)) ? text.substring(space + 1) : text;
    }

    private static String capitalised(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    @Override
    public String toString() {
        return plain();
    }
}
