package cloudrl.launcher;

import cloudrl.plugins.PluginCatalog;
import cloudrl.plugins.PluginDirectory;
import cloudrl.plugins.SkippedJar;
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

    /** Discovers built-ins and plugins, warning on {@code err} about every jar it had to skip. */
    PluginCatalog discover(PrintWriter err) {
        PluginCatalog catalog = pluginDirectory().discover();
        Printer warnings = new Printer(err);
        for (SkippedJar skipped : catalog.skipped()) {
            warnings.line("cloudrl: warning: %s", skipped);
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
