package cloudrl.ui.swing.window;

import cloudrl.ui.swing.present.Theme;

import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import java.awt.Font;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** The window's menus: File (exports, close), View (theme, time-of-day axis), Help (shortcuts). */
final class ExplorerMenus {

    private ExplorerMenus() {
    }

    static JMenuBar bar(ExplorerWindow window, JCheckBoxMenuItem darkTheme, JCheckBoxMenuItem timeOfDay) {
        JMenu file = new JMenu("File");
        file.setMnemonic(KeyEvent.VK_F);
        file.add(item("Export episode as CSV…", KeyEvent.VK_E, () -> chooseAndExport(window, "csv", window::exportCsv)));
        file.add(item("Export charts as PNG…", KeyEvent.VK_P, () -> chooseAndExport(window, "png", window::exportPng)));
        file.addSeparator();
        file.add(item("Close", KeyEvent.VK_W, window::close));
        JMenu view = new JMenu("View");
        view.setMnemonic(KeyEvent.VK_V);
        darkTheme.setSelected(window.theme() == Theme.DARK);
        darkTheme.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_T, InputEvent.CTRL_DOWN_MASK));
        darkTheme.addActionListener(event -> window.toggleTheme());
        view.add(darkTheme);
        view.add(timeOfDay);
        JMenu help = new JMenu("Help");
        help.setMnemonic(KeyEvent.VK_H);
        JMenuItem keys = new JMenuItem("Keyboard shortcuts");
        keys.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0));
        keys.addActionListener(event -> showShortcuts(window));
        help.add(keys);
        JMenuBar bar = new JMenuBar();
        bar.add(file);
        bar.add(view);
        bar.add(help);
        return bar;
    }

    private static JMenuItem item(String text, int key, Runnable command) {
        JMenuItem item = new JMenuItem(text);
        item.setAccelerator(KeyStroke.getKeyStroke(key, InputEvent.CTRL_DOWN_MASK));
        item.addActionListener(event -> command.run());
        return item;
    }

    private static void chooseAndExport(ExplorerWindow window, String extension,
                                        Function<Path, CompletableFuture<Path>> export) {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Export as " + extension.toUpperCase(Locale.ROOT));
        chooser.setSelectedFile(new File(window.suggestedName(extension)));
        if (chooser.showSaveDialog(window.frame()) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath();
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            target = target.resolveSibling(target.getFileName() + "." + extension);
        }
        if (Files.exists(target) && JOptionPane.showConfirmDialog(window.frame(), target + " exists. Replace it?",
                "Replace file", JOptionPane.OK_CANCEL_OPTION) != JOptionPane.OK_OPTION) {
            return;
        }
        export.apply(target);
    }

    private static void showShortcuts(ExplorerWindow window) {
        JTextArea text = new JTextArea(Shortcuts.help());
        text.setEditable(false);
        text.setOpaque(false);
        text.setFont(UIManager.getFont("Label.font").deriveFont(Font.PLAIN));
        JOptionPane.showMessageDialog(window.frame(), text, "Keyboard shortcuts", JOptionPane.PLAIN_MESSAGE);
    }
}
