package cloudrl.plugins;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The plugins directory a run uses, and how it was chosen: an explicit choice ({@code --plugins DIR}
 * first, then the {@code CLOUDRL_PLUGINS} environment variable) must exist; the default
 * ({@code plugins/} beside the installed launcher) may be absent, which simply means no plugins.
 *
 * @param path     the directory
 * @param explicit whether the user named it
 */
public record PluginDirectory(Path path, boolean explicit) {

    /** The environment variable that names a plugins directory when {@code --plugins} is not given. */
    public static final String ENVIRONMENT_VARIABLE = "CLOUDRL_PLUGINS";

    /**
     * The directory to use.
     *
     * @param option        the {@code --plugins} value, or {@code null}
     * @param environment   the value of {@value #ENVIRONMENT_VARIABLE}, or {@code null}
     * @param defaultFolder the default beside the installed launcher
     * @throws IllegalArgumentException when the chosen directory is explicit but missing or not a directory
     */
    public static PluginDirectory choose(Path option, String environment, Path defaultFolder) {
        if (option != null) {
            return requireDirectory(new PluginDirectory(option, true), "--plugins");
        }
        if (environment != null && !environment.isBlank()) {
            return requireDirectory(new PluginDirectory(Path.of(environment.strip()), true), ENVIRONMENT_VARIABLE);
        }
        return new PluginDirectory(defaultFolder, false);
    }

    /** The catalog of the built-ins and the plugins in this directory. */
    public PluginCatalog discover() {
        return PluginDiscovery.discover(path);
    }

    private static PluginDirectory requireDirectory(PluginDirectory directory, String origin) {
        if (!Files.isDirectory(directory.path())) {
            throw new IllegalArgumentException(origin + " " + directory.path() + " is not allowed: "
                    + (Files.exists(directory.path()) ? "it is not a directory" : "no such directory")
                    + "; give a directory holding plugin jars");
        }
        return directory;
    }
}
