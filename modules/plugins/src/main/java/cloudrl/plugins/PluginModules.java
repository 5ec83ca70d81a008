package cloudrl.plugins;

import cloudrl.api.PlugPoint;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.FindException;
import java.lang.module.InvalidModuleDescriptorException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The modules one plugin is made of, read from its jar, or from the jars of its folder or zip: the
 * plugin module (the one that provides a policy, reward or workload) and the libraries it brings.
 *
 * @param location the jar, folder or zip
 * @param jars     the jars the modules are read from (a zip's are unpacked into a temporary folder)
 * @param finder   finds exactly those modules
 * @param main     the plugin module
 */
record PluginModules(Path location, List<Path> jars, ModuleFinder finder, ModuleReference main) {

    private static final Set<String> SERVICES = Arrays.stream(PlugPoint.values())
            .map(point -> point.serviceType().getName()).collect(Collectors.toUnmodifiableSet());

    /** Whether {@code path}, directly inside a plugins directory, is a plugin: a jar, a zip, or a folder holding jars. */
    static boolean isPlugin(Path path) {
        String name = path.getFileName().toString();
        if (Files.isRegularFile(path)) {
            return name.endsWith(".jar") || name.endsWith(".zip");
        }
        // a folder without jars of its own, such as an example's Maven project, is not a plugin
        return Files.isDirectory(path) && !jarsIn(path).isEmpty();
    }

    /** Reads the plugin at {@code location}. */
    static PluginModules read(Path location) throws BrokenPluginException {
        List<Path> jars;
        if (Files.isDirectory(location)) {
            jars = jarsIn(location);
        } else if (location.getFileName().toString().endsWith(".zip")) {
            jars = unpack(location);
        } else {
            jars = List.of(location);
        }
        for (Path jar : jars) {
            requireZip(jar, jars.size() > 1);
        }
        ModuleFinder finder = ModuleFinder.of(jars.toArray(Path[]::new));
        Set<ModuleReference> modules;
        try {
            modules = finder.findAll();
        } catch (FindException bad) {
            throw new BrokenPluginException(describeFind(bad), bad);
        }
        if (jars.size() == 1 && modules.size() != 1) {
            throw new BrokenPluginException("holds " + modules.size() + " modules, expected one");
        }
        List<ModuleReference> plugins = modules.stream().filter(PluginModules::providesAPlugPoint)
                .sorted((a, b) -> a.descriptor().name().compareTo(b.descriptor().name())).toList();
        if (plugins.isEmpty()) {
            String names = modules.stream().map(module -> module.descriptor().name()).sorted()
                    .collect(Collectors.joining(", "));
            throw new BrokenPluginException("module " + names + " provides no " + plugPointNames() + ": declare "
                    + "'provides cloudrl.api.PolicyProvider with ...' (or another plug point's provider, such as"
                    + " ScenarioProvider) in module-info.java, or list the class in META-INF/services/cloudrl.api.PolicyProvider");
        }
        if (plugins.size() > 1) {
            throw new BrokenPluginException("holds " + plugins.size() + " modules that provide plug points ("
                    + plugins.stream().map(module -> module.descriptor().name()).collect(Collectors.joining(", "))
                    + "): a plugin folder or zip holds one plugin module and the libraries it needs");
        }
        return new PluginModules(location, jars, finder, plugins.get(0));
    }

    /** {@code policy, reward or workload}: every plug point, as a message lists them. */
    private static String plugPointNames() {
        List<String> ids = Arrays.stream(PlugPoint.values()).map(PlugPoint::id).toList();
        return ids.size() == 1 ? ids.get(0)
                : String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
    }

    /** The plugin module's descriptor. */
    ModuleDescriptor descriptor() {
        return main.descriptor();
    }

    private static boolean providesAPlugPoint(ModuleReference module) {
        return module.descriptor().provides().stream().anyMatch(provides -> SERVICES.contains(provides.service()));
    }

    private static List<Path> jarsIn(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(path -> path.getFileName().toString().endsWith(".jar"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException unreadable) {
            return List.of();
        }
    }

    /** Unpacks the zip's jars (at any depth, by file name) into a temporary folder removed when CloudRL exits. */
    private static List<Path> unpack(Path zip) throws BrokenPluginException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Path folder = Files.createTempDirectory("cloudrl-plugin-");
            folder.toFile().deleteOnExit();
            List<Path> jars = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = Path.of(entry.getName()).getFileName().toString();
                if (entry.isDirectory() || !name.endsWith(".jar")) {
                    continue;
                }
                // only the file name is kept, so no entry can be written outside the folder
                Path jar = folder.resolve(name);
                if (jars.contains(jar)) {
                    throw new BrokenPluginException("holds two jars named " + name);
                }
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
                }
                jar.toFile().deleteOnExit();
                jars.add(jar);
            }
            if (jars.isEmpty()) {
                throw new BrokenPluginException("holds no jar: a plugin zip holds the plugin's jar and its libraries");
            }
            jars.sort(null);
            return jars;
        } catch (ZipException notZip) {
            throw new BrokenPluginException("not a zip file: " + PluginLoader.message(notZip), notZip);
        } catch (IOException | SecurityException unreadable) {
            throw new BrokenPluginException("cannot be read: " + PluginLoader.message(unreadable), unreadable);
        }
    }

    private static void requireZip(Path jar, boolean oneOfSeveral) throws BrokenPluginException {
        try (ZipFile file = new ZipFile(jar.toFile())) {
            // opening it is the check: a file that is not a zip fails there
            file.size();
        } catch (ZipException notZip) {
            throw new BrokenPluginException("not a jar (zip) file: " + PluginLoader.message(notZip)
                    + (oneOfSeveral ? " (" + jar.getFileName() + ")" : ""), notZip);
        } catch (IOException | SecurityException unreadable) {
            throw new BrokenPluginException("cannot be read: " + PluginLoader.message(unreadable), unreadable);
        }
    }

    private static String describeFind(FindException bad) {
        Throwable cause = bad.getCause();
        String detail = cause == null ? PluginLoader.message(bad) : PluginLoader.message(cause);
        if (detail.contains("Provider class") && detail.contains("not in")) {
            // a provider named in module-info or META-INF/services whose class the jar lacks
            return "missing class: " + detail;
        }
        if (cause instanceof InvalidModuleDescriptorException) {
            return "invalid module descriptor: " + detail;
        }
        return "not a usable module: " + PluginLoader.message(bad) + (cause == null ? "" : " (" + detail + ")");
    }
}
