package cloudrl.plugins;

import cloudrl.api.ApiVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A plugin built against another major API version, or a newer minor one, is refused in one line; the rest load. */
class ApiCompatibilityTest {

    private static final ApiVersion RUNNING = ApiVersion.CURRENT;

    @TempDir
    Path plugins;

    @TempDir
    Path workspace;

    @Test
    void aModularPluginRecordsTheApiItWasCompiledAgainst() throws IOException {
        modular("same", "same", RUNNING.toString());
        Plugin plugin = only();
        assertEquals(PluginState.STARTED, plugin.state());
        assertEquals(RUNNING, plugin.builtAgainst());
        assertNull(plugin.apiNote());
    }

    @Test
    void aModularPluginBuiltForTheNextMajorIsRefusedNamingBothVersions() throws IOException {
        String next = (RUNNING.major() + 1) + ".0.0";
        Path jar = modular("future", "future", next);
        Plugin plugin = only();
        assertEquals(PluginState.FAILED, plugin.state());
        assertEquals(jar, plugin.location());
        assertEquals("needs cloudrl.api " + (RUNNING.major() + 1) + ".x (built against " + next
                + "), but this CloudRL runs cloudrl.api " + RUNNING + ": rebuild the plugin against " + RUNNING,
                plugin.reason());
    }

    @Test
    void aPlainJarNeedingANewerMinorIsRefused() throws IOException {
        String newer = RUNNING.major() + "." + (RUNNING.minor() + 1) + ".0";
        plain("newer", newer);
        Plugin plugin = only();
        assertEquals(PluginState.FAILED, plugin.state());
        assertEquals("needs cloudrl.api " + RUNNING.major() + "." + (RUNNING.minor() + 1) + " or a later "
                + RUNNING.major() + ".x (built against " + newer + "), but this CloudRL runs cloudrl.api " + RUNNING
                + ": rebuild the plugin against " + RUNNING, plugin.reason());
    }

    @Test
    void aPlainJarFromANewerPatchLoads() throws IOException {
        ApiVersion patched = new ApiVersion(RUNNING.major(), RUNNING.minor(), RUNNING.patch() + 1);
        plain("patched", patched.toString());
        assertEquals(PluginState.STARTED, only().state());
        assertEquals(patched, only().builtAgainst());
    }

    @Test
    void aPluginRecordingNoVersionLoadsWithANote() throws IOException {
        plain("unrecorded", null);
        Plugin plugin = only();
        assertEquals(PluginState.STARTED, plugin.state());
        assertNull(plugin.builtAgainst());
        assertNotNull(plugin.apiNote());
        assertTrue(plugin.apiNote().contains(ApiCompatibility.MANIFEST_ATTRIBUTE), plugin.apiNote());
    }

    @Test
    void aMalformedRecordedVersionFails() throws IOException {
        plain("vague", "soon");
        assertEquals(PluginState.FAILED, only().state());
        assertTrue(only().reason().startsWith("records the cloudrl.api version 'soon'"), only().reason());
    }

    @Test
    void theExamplePluginsRecordTheRunningApi() throws IOException {
        ExamplePlugins.copy(ExamplePlugins.POLICY_JAR, plugins, "a.jar");
        ExamplePlugins.copy(ExamplePlugins.WORKLOAD_JAR, plugins, "b.jar");
        for (Plugin plugin : PluginDiscovery.discover(plugins).plugins()) {
            assertEquals(PluginState.STARTED, plugin.state(), plugin::toString);
            assertEquals(RUNNING, plugin.builtAgainst(), plugin::toString);
            assertNotNull(plugin.version(), plugin::toString);
        }
    }

    private Plugin only() {
        return PluginDiscovery.discover(plugins).plugins().get(0);
    }

    private Path modular(String module, String id, String apiVersion) throws IOException {
        return TestJars.in(workspace).againstApiVersion(apiVersion)
                .source("module-info.java", "module " + module + " { requires cloudrl.api;"
                        + " provides cloudrl.api.PolicyProvider with " + module + ".P; }")
                .source(module + "/P.java", TestJars.policyProvider(module, "P", id, ""))
                .jar(plugins, module);
    }

    private Path plain(String name, String apiVersion) throws IOException {
        TestJars jar = TestJars.in(workspace)
                .source(name + "/P.java", TestJars.policyProvider(name, "P", name, ""))
                .entry("META-INF/services/cloudrl.api.PolicyProvider", name + ".P\n");
        if (apiVersion != null) {
            jar.manifest(ApiCompatibility.MANIFEST_ATTRIBUTE, apiVersion);
        }
        return jar.jar(plugins, name);
    }
}
