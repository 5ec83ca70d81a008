package cloudrl.benchmarks;

import java.io.File;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The class path JMH gives its forked benchmark JVMs. JMH builds the fork's command line from the
 * {@code java.class.path} property, which holds only the class path proper; when the launcher runs on
 * the module path, the benchmarks and their dependencies are modules, so the forks would find
 * nothing. Before a run, the jars of every module in the boot layer are added to that property; the
 * forks then run everything from the class path, where JMH expects it.
 */
final class ForkClassPath {

    private ForkClassPath() {
    }

    /** Makes {@code java.class.path} list every jar this JVM runs from. Does nothing on a plain class path. */
    static void includeModulePath() {
        if (!ForkClassPath.class.getModule().isNamed()) {
            return;
        }
        Set<String> entries = new LinkedHashSet<>();
        String current = System.getProperty("java.class.path", "");
        for (String entry : current.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        for (ResolvedModule module : ModuleLayer.boot().configuration().modules()) {
            ModuleReference reference = module.reference();
            reference.location().filter(uri -> "file".equals(uri.getScheme())).map(Path::of)
                    .ifPresent(path -> entries.add(path.toString()));
        }
        System.setProperty("java.class.path", String.join(File.pathSeparator, entries));
    }
}
