package cloudrl.plugins;

import cloudrl.api.ApiVersion;
import cloudrl.api.PlugPoint;
import cloudrl.api.Provider;

import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolutionException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * Takes one plugin from its file to its providers, in a module layer of its own over a parent
 * layer, with one class loader for the plugin module and its libraries: a modular jar as the module
 * it declares, a plain jar as an automatic module whose {@code META-INF/services} entries become its
 * providers. Found: its descriptor names it. Resolved: its modules resolve against the parent's and
 * the API version it was built against runs here. Started: its providers exist. A plugin either
 * starts whole or fails with one reason.
 */
final class PluginLoader {

    private final ModuleLayer parent;
    private final ClassLoader parentLoader;
    private final ApiVersion running;

    PluginLoader(ModuleLayer parent, ClassLoader parentLoader, ApiVersion running) {
        this.parent = parent;
        this.parentLoader = parentLoader;
        this.running = running;
    }

    /** The plugin at {@code location}: started, disabled when {@code disabled} lists it, or failed. */
    Plugin load(Path location, DisabledPlugins disabled) {
        Plugin found;
        PluginModules modules;
        try {
            modules = PluginModules.read(location);
            found = found(modules);
        } catch (BrokenPluginException broken) {
            Plugin unreadable = Plugin.unreadable(location, broken.getMessage());
            return disabled.lists(unreadable) ? disabled(unreadable, disabled) : unreadable;
        }
        if (disabled.lists(found)) {
            return disabled(found, disabled);
        }
        try {
            ModuleLayer layer = layer(resolve(modules, found));
            return new Plugin(found.id(), found.version(), location, found.builtAgainst(), PluginState.STARTED, null,
                    providers(layer, new PluginSource(location)));
        } catch (BrokenPluginException broken) {
            return found.failed(broken.getMessage());
        }
    }

    private static Plugin disabled(Plugin plugin, DisabledPlugins disabled) {
        return new Plugin(plugin.id(), plugin.version(), plugin.location(), plugin.builtAgainst(), PluginState.DISABLED,
                "disabled in " + disabled.file() + "; 'cloudrl plugins enable " + plugin.id() + "' loads it again",
                List.of());
    }

    private static Plugin found(PluginModules modules) throws BrokenPluginException {
        ModuleDescriptor descriptor = modules.descriptor();
        Manifest manifest = ApiCompatibility.manifest(modules.main());
        ApiVersion builtAgainst = ApiCompatibility.builtAgainst(modules.main(), manifest);
        return new Plugin(descriptor.name(), version(descriptor, manifest), modules.location(), builtAgainst,
                PluginState.FOUND, null, List.of());
    }

    /** A modular jar's version is in its descriptor; a plain jar's in its manifest, else its file name (as the JDK derives it). */
    private static String version(ModuleDescriptor descriptor, Manifest manifest) {
        String implementation = manifest == null ? null
                : manifest.getMainAttributes().getValue(Attributes.Name.IMPLEMENTATION_VERSION);
        if (descriptor.isAutomatic() && implementation != null && !implementation.isBlank()) {
            return implementation.strip();
        }
        return descriptor.rawVersion().orElse(implementation == null ? null : implementation.strip());
    }

    private Configuration resolve(PluginModules modules, Plugin found) throws BrokenPluginException {
        if (found.builtAgainst() != null) {
            String problem = ApiCompatibility.problem(found.builtAgainst(), running);
            if (problem != null) {
                throw new BrokenPluginException(problem);
            }
        }
        String name = found.id();
        try {
            return parent.configuration().resolve(modules.finder(), ModuleFinder.of(), Set.of(name));
        } catch (ResolutionException | FindException conflict) {
            throw new BrokenPluginException("module " + name + " cannot be resolved: " + message(conflict), conflict);
        }
    }

    private ModuleLayer layer(Configuration configuration) throws BrokenPluginException {
        try {
            // one loader for the plugin and its libraries; each plugin has its own, so two may bundle
            // different versions of one library
            return ModuleLayer.defineModulesWithOneLoader(configuration, List.of(parent), parentLoader).layer();
        } catch (LayerInstantiationException | SecurityException failure) {
            throw new BrokenPluginException("its modules cannot be loaded: " + message(failure), failure);
        }
    }

    private static List<FoundProvider> providers(ModuleLayer layer, PluginSource source) throws BrokenPluginException {
        List<FoundProvider> found = new ArrayList<>();
        for (PlugPoint point : PlugPoint.values()) {
            found.addAll(providers(layer, point, source));
        }
        return found;
    }

    private static List<FoundProvider> providers(ModuleLayer layer, PlugPoint point, PluginSource source)
            throws BrokenPluginException {
        List<FoundProvider> found = new ArrayList<>();
        try {
            for (ServiceLoader.Provider<? extends Provider> candidate
                    : ServiceLoader.load(layer, point.serviceType()).stream().toList()) {
                // the loader also walks the parent layers; their providers are the built-ins
                if (candidate.type().getModule().getLayer() != layer) {
                    continue;
                }
                Provider provider = candidate.get();
                String problem = ProviderCheck.problem(provider);
                if (problem != null) {
                    throw new BrokenPluginException(problem);
                }
                found.add(new FoundProvider(provider, source));
            }
        } catch (ServiceConfigurationError | LinkageError failure) {
            throw new BrokenPluginException(describeService(point, failure), failure);
        } catch (RuntimeException failure) {
            throw new BrokenPluginException("a " + point.id() + " provider failed while describing itself: "
                    + failure.getClass().getSimpleName() + ": " + message(failure), failure);
        }
        return found;
    }

    private static String describeService(PlugPoint point, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NoClassDefFoundError || cause instanceof ClassNotFoundException) {
                return "missing class " + message(cause).replace('/', '.') + " (" + message(failure) + ")";
            }
        }
        Throwable cause = failure.getCause();
        if (failure instanceof ServiceConfigurationError && cause == null && message(failure).endsWith(" not found")) {
            // a provider named in META-INF/services whose class is not in the jar
            return "missing class: " + message(failure);
        }
        if (failure instanceof ServiceConfigurationError && cause != null) {
            return message(failure) + ": " + cause.getClass().getSimpleName() + ": " + message(cause);
        }
        return "the " + point.id() + " provider cannot be loaded: " + failure.getClass().getSimpleName() + ": "
                + message(failure);
    }

    static String message(Throwable problem) {
        String text = problem.getMessage();
        return text == null ? problem.getClass().getSimpleName() : text.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
