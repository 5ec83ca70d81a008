package cloudrl.plugins;

import cloudrl.api.PlugPoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each way a plugin jar can be broken is reported with the jar and its reason, and the good example
 * jar beside it still loads.
 */
class BrokenPluginTest {

    private static final String SERVICES = "META-INF/services/cloudrl.api.PolicyProvider";

    @TempDir
    Path plugins;

    @TempDir
    Path workspace;

    @BeforeEach
    void dropInTheGoodNeighbour() throws IOException {
        ExamplePlugins.copy(ExamplePlugins.POLICY_JAR, plugins, "good.jar");
    }

    @Test
    void aFileThatIsNotAZip() throws IOException {
        Path jar = Files.writeString(plugins.resolve("notes.jar"), "these are notes, not a jar");
        requireSkipped(jar, "not a jar (zip) file: ");
    }

    @Test
    void anInvalidModuleDescriptor() throws IOException {
        Path jar = TestJars.in(workspace)
                .source("bad/Thing.java", TestJars.policyProvider("bad", "Thing", "thing", ""))
                .entry("module-info.class", new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1, 2, 3})
                .jar(plugins, "bad-descriptor");
        requireSkipped(jar, "invalid module descriptor: ");
    }

    @Test
    void aServicesEntryNamingAClassTheJarLacks() throws IOException {
        Path jar = TestJars.in(workspace)
                .source("half/Present.java", TestJars.policyProvider("half", "Present", "present", ""))
                .entry(SERVICES, "half.Absent\n")
                .jar(plugins, "half");
        requireSkipped(jar, "missing class: ");
        assertTrue(skippedReason(jar).contains("half.Absent"), skippedReason(jar));
    }

    @Test
    void aProviderWhoseSuperclassIsMissing() throws IOException {
        // compiled against its base class, which was left out of the jar: the usual forgotten dependency
        Path jar = TestJars.in(workspace)
                .source("module-info.java", "module orphan { requires cloudrl.api;"
                        + " provides cloudrl.api.PolicyProvider with orphan.Child; }")
                .source("orphan/Base.java", "package orphan; public abstract class Base"
                        + " implements cloudrl.api.PolicyProvider { }")
                .source("orphan/Child.java", TestJars.policyProvider("orphan", "Child", "child", "")
                        .replace("implements cloudrl.api.PolicyProvider", "extends Base"))
                .leaveOut("orphan/Base.class")
                .jar(plugins, "orphan");
        requireSkipped(jar, "missing class orphan.Base");
    }

    @Test
    void aModuleThatRequiresAModuleNobodyHas() throws IOException {
        Path absent = TestJars.in(workspace).source("module-info.java", "module org.absent { }").compile("absent");
        Path jar = TestJars.in(workspace).compiledAgainst(absent)
                .source("module-info.java", "module needy { requires cloudrl.api; requires org.absent;"
                        + " provides cloudrl.api.PolicyProvider with needy.Needy; }")
                .source("needy/Needy.java", TestJars.policyProvider("needy", "Needy", "needy", ""))
                .jar(plugins, "needy");
        requireSkipped(jar, "module needy cannot be resolved: Module org.absent not found, required by needy");
    }

    @Test
    void aJarThatSplitsAPackageOfTheApi() throws IOException {
        // an automatic module reads cloudrl.api, which exports the package this jar also holds
        Path jar = TestJars.in(workspace)
                .source("cloudrl/api/Sneaky.java", "package cloudrl.api; public class Sneaky { }")
                .source("split/Fine.java", TestJars.policyProvider("split", "Fine", "fine", ""))
                .entry(SERVICES, "split.Fine\n")
                .jar(plugins, "split");
        requireSkipped(jar, "cannot be resolved: ");
        String reason = skippedReason(jar);
        assertTrue(reason.contains("cloudrl.api"), reason);
    }

    @Test
    void aProviderWhoseConstructorThrows() throws IOException {
        Path jar = TestJars.in(workspace)
                .source("fragile/Fragile.java", TestJars.policyProvider("fragile", "Fragile", "fragile",
                        "throw new IllegalStateException(\"licence file not found\");"))
                .entry(SERVICES, "fragile.Fragile\n")
                .jar(plugins, "fragile");
        requireSkipped(jar, "Provider fragile.Fragile could not be instantiated: IllegalStateException: licence file not found");
    }

    @Test
    void aJarThatProvidesNothing() throws IOException {
        Path jar = TestJars.in(workspace)
                .source("idle/Idle.java", "package idle; public class Idle { }")
                .jar(plugins, "idle");
        requireSkipped(jar, "provides no policy, reward, workload, actions, fleet, constraint, feature or scenario");
    }

    @Test
    void aProviderWithAnInvalidId() throws IOException {
        Path jar = TestJars.in(workspace)
                .source("shouty/Shouty.java", TestJars.policyProvider("shouty", "Shouty", "My Policy", ""))
                .entry(SERVICES, "shouty.Shouty\n")
                .jar(plugins, "shouty");
        requireSkipped(jar, "has the id 'My Policy': an id must be lower-case");
    }

    @Test
    void aFolderHoldingTwoPluginModules() throws IOException {
        Path folder = Files.createDirectories(plugins.resolve("two"));
        ExamplePlugins.copy(ExamplePlugins.POLICY_JAR, folder, "policy.jar");
        ExamplePlugins.copy(ExamplePlugins.WORKLOAD_JAR, folder, "workload.jar");
        requireSkipped(folder, "holds 2 modules that provide plug points (com.example.cooldown, com.example.flashcrowd)");
    }

    @Test
    void aZipHoldingNoJar() throws IOException {
        Path zip = plugins.resolve("notes.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("README.txt"));
            out.write("no jar here".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        requireSkipped(zip, "holds no jar");
    }

    @Test
    void aFolderWhoseLibraryIsNotAJar() throws IOException {
        Path folder = Files.createDirectories(plugins.resolve("damaged"));
        ExamplePlugins.copy(ExamplePlugins.POLICY_JAR, folder, "policy.jar");
        Files.writeString(folder.resolve("library.jar"), "truncated download");
        requireSkipped(folder, "not a jar (zip) file: ");
        assertTrue(skippedReason(folder).contains("(library.jar)"), skippedReason(folder));
    }

    private void requireSkipped(Path jar, String reasonPart) {
        PluginCatalog catalog = PluginDiscovery.discover(plugins);
        List<Plugin> failed = catalog.plugins(PluginState.FAILED);
        assertEquals(List.of(jar), failed.stream().map(Plugin::location).toList(), failed::toString);
        String reason = failed.get(0).reason();
        assertTrue(reason.contains(reasonPart), reason);
        assertTrue(reason.lines().count() == 1, "one line: " + reason);
        // the good jar beside it still loads
        assertEquals(plugins.resolve("good.jar"), catalog.find(PlugPoint.POLICY, "cooldown").source().jar());
        assertEquals(PluginState.STARTED, catalog.plugins().stream()
                .filter(plugin -> plugin.fileName().equals("good.jar")).findFirst().orElseThrow().state());
    }

    private String skippedReason(Path jar) {
        return PluginDiscovery.discover(plugins).plugins(PluginState.FAILED).stream()
                .filter(plugin -> plugin.location().equals(jar)).map(Plugin::reason).findFirst().orElseThrow();
    }

}
