package cloudrl.plugins;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a provider came from: built into CloudRL (the boot layer) or a plugin jar.
 *
 * @param jar the plugin jar, or {@code null} for a built-in
 */
public record PluginSource(Path jar) {

    /** The source of every provider on CloudRL's own module path. */
    public static final PluginSource BUILT_IN = new PluginSource(null);

    /** The plugin jar, empty for a built-in. */
    public Optional<Path> jarFile() {
        return Optional.ofNullable(jar);
    }

    /** Whether the provider ships with CloudRL. */
    public boolean builtIn() {
        return jar == null;
    }

    /** {@code built-in}, or the jar's path. */
    @Override
    public String toString() {
        return jar == null ? "built-in" : jar.toString();
    }
}
