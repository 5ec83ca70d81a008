package cloudrl.ui.swing.window;

import java.util.ArrayList;
import java.util.List;

/**
 * How the window shows one action: its button text and tooltip. The buttons are built from the
 * environment's action space, one per index, so a scheme with more actions gets more buttons.
 *
 * @param index the action's index in the action space
 * @param name  the component's name, for tests: {@code decrease}, {@code action3}
 * @param text  the button's text
 * @param tip   the button's tooltip, naming its key if it has one
 */
record ActionLabel(int index, String name, String text, String tip) {

    /** The labels of an action space of {@code count} actions: the three unit actions by name, others by number. */
    static List<ActionLabel> of(int count) {
        List<ActionLabel> labels = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            labels.add(count == 3 ? unit(i) : new ActionLabel(i, "action" + i, "Action " + i, "Take action " + i));
        }
        return List.copyOf(labels);
    }

    private static ActionLabel unit(int index) {
        return switch (index) {
            case 0 -> new ActionLabel(0, "decrease", "▼ Decrease", "Remove a server (↓)");
            case 1 -> new ActionLabel(1, "maintain", "■ Maintain", "Keep the servers (→)");
            default -> new ActionLabel(2, "increase", "▲ Increase", "Add a server (↑)");
        };
    }

    /** What a legend or a selector shows: the text without its symbol. */
    String plain() {
        int space = text.indexOf(' ');
        return space >= 0 && !Character.isLetterOrDigit(text.charAt(0)) ? text.substring(space + 1) : text;
    }

    @Override
    public String toString() {
        return plain().toUpperCase(java.util.Locale.ROOT);
    }
}
