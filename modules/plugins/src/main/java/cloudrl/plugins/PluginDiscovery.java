package cloudrl.plugins;

import cloudrl.api.PlugPoint;
import cloudrl.api.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * Finds the providers of every plug point: the built-ins with {@link ServiceLoader} on CloudRL's own
 * module path (or class path), then every {@code *.jar} directly inside a plugins directory, each in
 * its own module layer over the boot layer, in file-name order. A jar that cannot be loaded is
 * recorded as {@linkplain SkippedJar skipped} and the others still load.
 */
public final class PluginDiscovery {

    private static final Logger LOG = LoggerFactory.getLogger(PluginDiscovery.class);

    private PluginDiscovery() {
    }

    /** The built-in providers only. */
    public static PluginCatalog builtIns() {
        return new PluginCatalog(builtInProviders(), List.of());
    }

    /**
     * The built-ins and the plugins in {@code directory}; a directory that does not exist adds none.
     *
     * @throws UncheckedIOException when the directory exists but cannot be listed
     */
    public static PluginCatalog discover(Path directory) {
        List<FoundProvider> providers = builtInProviders();
        List<SkippedJar> skipped = new ArrayList<>();
        for (Path jar : jars(directory)) {
            try {
                List<FoundProvider> found = PluginJar.load(jar, ModuleLayer.boot(), PluginDiscovery.class.getClassLoader());
                LOG.debug("loaded {} providers from {}", found.size(), jar);
                providers.addAll(found);
            } catch (BrokenPluginException broken) {
                LOG.debug("skipped plugin {}", jar, broken);
                skipped.add(new SkippedJar(jar, broken.getMessage()));
            }
        }
        return new PluginCatalog(providers, skipped);
    }

    /** The {@code *.jar} files directly inside {@code directory}, sorted by name; none when it does not exist. */
    static List<Path> jars(Path directory) {
        if (directory == null || !Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(path -> path.toAbsolutePath().normalize())
                    .filter(path -> path.getFileName().toString().endsWith(".jar"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plugins directory " + directory + ": " + e.getMessage(), e);
        }
    }

    private static List<FoundProvider> builtInProviders() {
        List<FoundProvider> found = new ArrayList<>();
        for (PlugPoint point : PlugPoint.values()) {
            try {
                // the class loader form finds providers in named modules and, on a class path, in META-INF/services
                for (Provider provider : ServiceLoader.load(point.serviceType(), PluginDiscovery.class.getClassLoader())) {
                    String problem = ProviderCheck.problem(provider);
                    if (problem != null) {
                        throw new IllegalStateException("built-in " + problem);
                    }
                    found.add(new FoundProvider(provider, PluginSource.BUILT_IN));
                }
            } catch (ServiceConfigurationError broken) {
                throw new IllegalStateException("a built-in " + point.id() + " provider cannot be loaded: "
                        + PluginJar.message(broken), broken);
            }
        }
        return found;
    }
}
