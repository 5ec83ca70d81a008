package cloudrl.plugins;

import cloudrl.api.PlugPoint;
import cloudrl.api.Provider;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.InvalidModuleDescriptorException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.zip.ZipException;

/**
 * Loads the providers of one plugin jar in a module layer of its own over a parent layer: a modular
 * jar as the module it declares, a plain jar as an automatic module whose {@code META-INF/services}
 * entries become its providers. A jar either loads whole or fails with one reason.
 */
final class PluginJar {

    private PluginJar() {
    }

    static List<FoundProvider> load(Path jar, ModuleLayer parent, ClassLoader parentLoader)
            throws BrokenPluginException {
        requireZip(jar);
        ModuleReference module = find(jar);
        String name = module.descriptor().name();
        Configuration configuration;
        try {
            configuration = parent.configuration().resolve(ModuleFinder.of(jar), ModuleFinder.of(), Set.of(name));
        } catch (ResolutionException | FindException conflict) {
            throw new BrokenPluginException("module " + name + " cannot be resolved: " + message(conflict), conflict);
        }
        ModuleLayer layer;
        try {
            layer = ModuleLayer.defineModulesWithOneLoader(configuration, List.of(parent), parentLoader).layer();
        } catch (LayerInstantiationException | SecurityException failure) {
            throw new BrokenPluginException("module " + name + " cannot be loaded: " + message(failure), failure);
        }
        PluginSource source = new PluginSource(jar);
        List<FoundProvider> found = new ArrayList<>();
        for (PlugPoint point : PlugPoint.values()) {
            found.addAll(providers(layer, point, source));
        }
        if (found.isEmpty()) {
            throw new BrokenPluginException("module " + name + " provides no policy, reward or workload: declare "
                    + "'provides cloudrl.api.PolicyProvider with ...' (or RewardProvider, WorkloadProvider) in "
                    + "module-info.java, or list the class in META-INF/services/cloudrl.api.PolicyProvider");
        }
        return found;
    }

    private static void requireZip(Path jar) throws BrokenPluginException {
        try (JarFile file = new JarFile(jar.toFile())) {
            // opening it is the check: a file that is not a zip fails there
            file.getManifest();
        } catch (ZipException notZip) {
            throw new BrokenPluginException("not a jar (zip) file: " + message(notZip), notZip);
        } catch (IOException | SecurityException unreadable) {
            throw new BrokenPluginException("cannot be read: " + message(unreadable), unreadable);
        }
    }

    private static ModuleReference find(Path jar) throws BrokenPluginException {
        try {
            Set<ModuleReference> modules = ModuleFinder.of(jar).findAll();
            if (modules.size() != 1) {
                throw new BrokenPluginException("holds " + modules.size() + " modules, expected one");
            }
            return modules.iterator().next();
        } catch (FindException bad) {
            throw new BrokenPluginException(describeFind(bad), bad);
        }
    }

    private static String describeFind(FindException bad) {
        Throwable cause = bad.getCause();
        String detail = cause == null ? message(bad) : message(cause);
        if (detail.contains("Provider class") && detail.contains("not in")) {
            // a provider named in module-info or META-INF/services whose class the jar lacks
            return "missing class: " + detail;
        }
        if (cause instanceof InvalidModuleDescriptorException) {
            return "invalid module descriptor: " + detail;
        }
        return "not a usable module: " + message(bad) + (cause == null ? "" : " (" + detail + ")");
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
