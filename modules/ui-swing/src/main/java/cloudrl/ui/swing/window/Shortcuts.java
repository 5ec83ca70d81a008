package cloudrl.ui.swing.window;

import javax.swing.AbstractAction;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;

/**
 * The window's keys: ↑ add one, → keep, ↓ remove one (the actions beside the scheme's keep, so
 * {@code add 1} under the unit and steps schemes alike), R reset, Space play or pause. They are
 * ignored while a text field has the focus, so typing a seed never resets or steps; Escape leaves
 * the field.
 */
final class Shortcuts {

    private Shortcuts() {
    }

    static void install(JRootPane root, ExplorerCommands commands) {
        bind(root, KeyEvent.VK_UP, ActionLabel.INCREASE, () -> commands.act(ActionLabel.INCREASE));
        bind(root, KeyEvent.VK_RIGHT, ActionLabel.MAINTAIN, () -> commands.act(ActionLabel.MAINTAIN));
        bind(root, KeyEvent.VK_DOWN, ActionLabel.DECREASE, () -> commands.act(ActionLabel.DECREASE));
        bind(root, KeyEvent.VK_R, "reset", commands::reset);
        bind(root, KeyEvent.VK_SPACE, "togglePlay", commands::togglePlay);
        InputMap whileInWindow = root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        whileInWindow.put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "leaveField");
        root.getActionMap().put("leaveField", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent event) {
                root.getContentPane().requestFocusInWindow();
            }
        });
    }

    private static void bind(JRootPane root, int key, String name, Runnable command) {
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(key, 0), name);
        root.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent event) {
                if (!typing()) {
                    command.run();
                }
            }
        });
    }

    private static boolean typing() {
        return KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() instanceof JTextComponent;
    }

    /** The shortcuts as the help dialog lists them. */
    static String help() {
        return """
                ↑   Add one server (the action just above keep)
                →   Keep the servers
                ↓   Remove one server (the action just below keep)
                R   Reset: new episode with the task and seed shown
                Space   Play or pause the selected policy
                Esc   Leave the seed or step-count field, so these keys work again
                Ctrl+E   Export the episode as CSV
                Ctrl+P   Export the charts as PNG
                Ctrl+T   Switch between light and dark theme
                Ctrl+D   On a trace: time of day or step numbers on the x axis""";
    }
}
