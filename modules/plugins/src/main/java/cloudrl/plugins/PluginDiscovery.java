package cloudrl.plugins;

import cloudrl.api.ApiVersion;
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
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * Finds the providers of every plug point: the built-ins with {@link ServiceLoader} on CloudRL's own
 * module path (or class path), then every plugin directly inside a plugins directory (a jar, a zip
 * of jars, or a folder of jars), each in its own module layer over the boot layer, in file-name
 * order. A plugin that cannot be loaded is {@linkplain PluginState#FAILED failed} with its reason and
 * the others still load. One whose provider claims an id already taken, by a built-in or by a
 * plugin earlier in that order, fails too, naming both; the earlier one stays.
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
     * The built-ins and the plugins in {@code directory}, skipping those its
     * {@linkplain DisabledPlugins disabled-plugins file} lists; a directory that does not exist adds none.
     *
     * @throws UncheckedIOException when the directory exists but cannot be listed
     */
    public static PluginCatalog discover(Path directory) {
        List<FoundProvider> providers = builtInProviders();
        List<Path> locations = locations(directory);
        if (locations.isEmpty()) {
            return new PluginCatalog(providers, List.of());
        }
        DisabledPlugins disabled = DisabledPlugins.of(directory);
        PluginLoader loader = new PluginLoader(ModuleLayer.boot(), PluginDiscovery.class.getClassLoader(),
                ApiVersion.CURRENT);
        List<Plugin> plugins = new ArrayList<>();
        for (Path location : locations) {
            Plugin plugin = loader.load(location, disabled);
            if (plugin.state() == PluginState.STARTED) {
                Optional<String> clash = clash(plugin, providers);
                if (clash.isPresent()) {
                    plugin = plugin.failed(clash.get());
                } else {
                    providers.addAll(plugin.providers());
                }
            }
            LOG.debug("{} {} {}: {}", plugin.label(), plugin.versionLabel(), plugin.state().id(), plugin.reason());
            plugins.add(plugin);
        }
        return new PluginCatalog(providers, plugins);
    }

    /** Why {@code plugin}'s providers cannot join {@code taken}: an id of its plug point already there. */
    private static Optional<String> clash(Plugin plugin, List<FoundProvider> taken) {
        List<FoundProvider> seen = new ArrayList<>(taken);
        for (FoundProvider candidate : plugin.providers()) {
            for (FoundProvider earlier : seen) {
                if (earlier.plugPoint() == candidate.plugPoint() && earlier.id().equals(candidate.id())) {
                    return Optional.of("its " + candidate.plugPoint().id() + " '" + candidate.id() + "' ("
                            + candidate.provider().getClass().getName() + ") has the id of the one from " + earlier.source()
                            + " (" + earlier.provider().getClass().getName() + "), which came first; remove or rename one");
                }
            }
            seen.add(candidate);
        }
        return Optional.empty();
    }

    /**
     * The plugins directly inside {@code directory}, sorted by file name: {@code *.jar}, {@code *.zip},
     * and folders that hold jars; none when it does not exist.
     */
    static List<Path> locations(Path directory) {
        if (directory == null || !Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(path -> path.toAbsolutePath().normalize())
                    .filter(PluginModules::isPlugin)
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
                        + PluginLoader.message(broken), broken);
            }
        }
        return found;
    }
}
