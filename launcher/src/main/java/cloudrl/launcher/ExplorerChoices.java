package cloudrl.launcher;

import cloudrl.plugins.Assembly;
import cloudrl.plugins.Selection;
import cloudrl.ui.swing.ExplorerOptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the explorer starts with, from the command line: every discovered provider on offer in the
 * set-up form, the form filled in with {@code --policy}, {@code --reward}, {@code --workload} and
 * their {@code --param}s, and the plugins folder watched while the window is open (when it exists).
 */
final class ExplorerChoices {

    private ExplorerChoices() {
    }

    static ExplorerOptions apply(ExplorerOptions options, Assembly assembly, Selection selection, Path pluginFolder) {
        ExplorerOptions chosen = options.withSetup(assembly.catalog(), selection);
        return pluginFolder != null && Files.isDirectory(pluginFolder) ? chosen.watching(pluginFolder) : chosen;
    }
}
