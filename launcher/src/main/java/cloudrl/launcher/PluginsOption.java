package cloudrl.launcher;

import cloudrl.plugins.PluginCatalog;
import cloudrl.plugins.PluginDirectory;
import cloudrl.plugins.Plugin;
import cloudrl.plugins.PluginState;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code --plugins DIR} option, as a picocli mixin, and discovery in the directory it chooses:
 * {@code --plugins}, else {@code CLOUDRL_PLUGINS}, else {@code plugins/} in CloudRL's home (the
 * folder of the {@code cloudrl} script, which passes it as the {@code cloudrl.home} property;
 * without the script, the folder holding the launcher jar).
 */
final class PluginsOption {

    /** The system property the {@code cloudrl} script sets to the folder it lives in. */
    static final String HOME_PROPERTY = "cloudrl.home";

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "folder of plugin jars (default: $CLOUDRL_PLUGINS, else plugins/ beside the cloudrl script)")
    Path directory;

    /** The directory this run uses. */
    PluginDirectory pluginDirectory() {
        return PluginDirectory.choose(directory, System.getenv(PluginDirectory.ENVIRONMENT_VARIABLE),
                defaultFolder());
    }

    /**
     * Discovers built-ins and plugins, warning on {@code err} about every plugin that failed and
     * noting every disabled one.
     */
    PluginCatalog discover(PrintWriter err) {
        PluginCatalog catalog = pluginDirectory().discover();
        Printer warnings = new Printer(err);
        for (Plugin plugin : catalog.plugins()) {
            if (plugin.state() == PluginState.FAILED) {
                warnings.line("cloudrl: warning: skipped plugin %s: %s (%s)", plugin.id(), plugin.reason(), plugin.location());
            } else if (plugin.state() == PluginState.DISABLED) {
                warnings.line("cloudrl: note: skipped plugin %s: %s (%s)", plugin.id(), plugin.reason(), plugin.location());
            }
        }
        warnings.flush();
        return catalog;
    }

    static Path defaultFolder() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null && !home.isBlank()) {
            return Path.of(home).resolve("plugins");
        }
        try {
            Path location = Path.of(PluginsOption.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return (Files.isDirectory(location) ? location : location.getParent()).resolve("plugins");
        } catch (URISyntaxException | RuntimeException unknownLocation) {
            return Path.of("plugins");
        }
    }
}
