package cloudrl.plugins;

import cloudrl.api.Action;
import cloudrl.api.Episode;
import cloudrl.api.PlugPoint;
import cloudrl.api.Policy;
import cloudrl.api.WorkloadModel;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Rollout;
import cloudrl.env.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PluginDiscoveryTest {

    @TempDir
    Path plugins;

    @TempDir
    Path workspace;

    @Test
    void everyBuiltInIsFound() {
        PluginCatalog catalog = PluginDiscovery.builtIns();
        assertEquals(List.of("holt-winters", "hpa", "last-value", "maintain", "moving-average", "random", "threshold"),
                catalog.ids(PlugPoint.POLICY));
        assertEquals(List.of("seed-shaped", "sla"), catalog.ids(PlugPoint.REWARD));
        assertEquals(List.of("ar1", "bursty", "diurnal", "gaussian", "nasa-1995", "trace", "twitter-2021"),
                catalog.ids(PlugPoint.WORKLOAD));
        assertTrue(catalog.providers().stream().allMatch(found -> found.source().builtIn()));
        assertTrue(catalog.conflicts().isEmpty());
    }

    @Test
    void droppedInExampleJarsAreDiscoveredAndDriveAnEpisode() throws IOException {
        Path policyJar = ExamplePlugins.copy(ExamplePlugins.POLICY_JAR, plugins, "cooldown.jar");
        Path workloadJar = ExamplePlugins.copy(ExamplePlugins.WORKLOAD_JAR, plugins, "flash-crowd.jar");

        PluginCatalog catalog = PluginDiscovery.discover(plugins);

        assertEquals(List.of(PluginState.STARTED, PluginState.STARTED),
                catalog.plugins().stream().map(Plugin::state).toList(), catalog.plugins()::toString);
        FoundProvider cooldown = catalog.find(PlugPoint.POLICY, "cooldown");
        FoundProvider flashCrowd = catalog.find(PlugPoint.WORKLOAD, "flash-crowd");
        assertEquals(policyJar, cooldown.source().jar());
        assertEquals(workloadJar, flashCrowd.source().jar());
        // each jar has a layer of its own over the boot layer: a modular jar, and a plain one as an automatic module
        Module policyModule = cooldown.provider().getClass().getModule();
        Module workloadModule = flashCrowd.provider().getClass().getModule();
        assertEquals("com.example.cooldown", policyModule.getName());
        assertFalse(policyModule.getDescriptor().isAutomatic());
        assertEquals("com.example.flashcrowd", workloadModule.getName());
        assertTrue(workloadModule.getDescriptor().isAutomatic());
        assertNotSame(policyModule.getLayer(), workloadModule.getLayer());
        assertEquals(List.of(ModuleLayer.boot()), policyModule.getLayer().parents());

        Assembly assembly = new Assembly(catalog);
        Selection selection = Selection.of("cooldown", "sla", "flash-crowd",
                List.of("policy.cooldown=2", "workload.at=10", "workload.factor=2.5"));
        CloudEnvironment environment = assembly.environment(Task.EASY, selection, 7);
        Policy policy = assembly.policy(selection, 7);
        Episode episode = Rollout.play(environment, policy, 7);

        assertTrue(episode.steps() >= 1);
        // a plugin's instance comes guarded (MisbehavingPluginTest); the rates below are the plugin's own
        assertTrue(environment.workload() instanceof GuardedWorkload);
        // the crowd arrives at step 10 with 2.5 x the easy task's 40 requests
        WorkloadModel crowd = assembly.workload(selection, Task.EASY.trafficLevel(), 7);
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        crowd.reset(random);
        int[] rates = java.util.stream.IntStream.range(0, 11).map(step -> crowd.requestRate(step, random)).toArray();
        double before = java.util.Arrays.stream(rates, 0, 10).average().orElseThrow();
        assertTrue(rates[10] > before + 30, "arrival " + rates[10] + " after " + before);
        // the cooldown policy keeps the count right after every change
        for (int i = 1; i < episode.steps(); i++) {
            if (episode.actions().get(i - 1) != Action.MAINTAIN) {
                assertEquals(Action.MAINTAIN, episode.actions().get(i));
            }
        }
    }

    @Test
    void aMissingPluginsFolderAddsNothing() {
        PluginCatalog catalog = PluginDiscovery.discover(plugins.resolve("absent"));
        assertEquals(PluginDiscovery.builtIns().providers().size(), catalog.providers().size());
        assertTrue(catalog.plugins().isEmpty());
    }

    @Test
    void unknownIdsNameTheChoices() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new Assembly(PluginDiscovery.builtIns()).check(Selection.of("hap", null, null, List.of())));
        assertEquals("unknown policy 'hap': choose one of holt-winters, hpa, last-value, maintain, moving-average,"
                + " random, threshold (see 'cloudrl plugins')",
                unknown.getMessage());
    }

    @Test
    void ofTwoPluginsWithOneIdTheLaterByFileNameFailsAndOnlyThatIdIsRefused() throws IOException {
        Path first = ExamplePlugins.copy(ExamplePlugins.POLICY_JAR, plugins, "a-cooldown.jar");
        Path second = ExamplePlugins.copy(ExamplePlugins.POLICY_JAR, plugins, "b-cooldown.jar");

        PluginCatalog catalog = PluginDiscovery.discover(plugins);

        assertEquals(List.of(PluginState.STARTED, PluginState.FAILED),
                catalog.plugins().stream().map(Plugin::state).toList());
        Plugin later = catalog.plugins().get(1);
        assertEquals(second, later.location());
        assertTrue(later.reason().contains("'cooldown'") && later.reason().contains(first.toString()), later.reason());
        assertEquals(1, catalog.conflicts().size());
        String conflict = catalog.conflicts().get(0);
        assertTrue(conflict.startsWith("2 policy providers have the id 'cooldown': "), conflict);
        assertTrue(conflict.contains(first.toString()) && conflict.contains(second.toString()), conflict);
        // the catalog still serves everything else; only the id claimed twice is refused
        Assembly assembly = new Assembly(catalog);
        assembly.check(Selection.defaults());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> assembly.check(Selection.of("cooldown", null, null, List.of())));
        assertEquals(conflict, refused.getMessage());
    }

    @Test
    void aPluginClaimingABuiltInIdIsAConflictNamingBoth() throws IOException {
        Path jar = TestJars.in(workspace)
                .source("module-info.java", "module impostor { requires cloudrl.api;"
                        + " provides cloudrl.api.PolicyProvider with impostor.Threshold; }")
                .source("impostor/Threshold.java", TestJars.policyProvider("impostor", "Threshold", "threshold", ""))
                .jar(plugins, "impostor");

        PluginCatalog catalog = PluginDiscovery.discover(plugins);

        String conflict = String.join("\n", catalog.conflicts());
        assertTrue(conflict.contains("policy providers have the id 'threshold': built-in"), conflict);
        assertTrue(conflict.contains(jar.toString()), conflict);
        Plugin impostor = catalog.plugins().get(0);
        assertEquals(PluginState.FAILED, impostor.state());
        assertTrue(impostor.reason().contains("built-in"), impostor.reason());
        // what uses no policy still runs: the environment (as train and oracle build it), and another policy
        Assembly assembly = new Assembly(catalog);
        assembly.environment(Task.EASY, Selection.defaults(), 1);
        assembly.check(Selection.of("hpa", null, null, List.of()));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> assembly.policy(Selection.defaults(), 1));
        assertTrue(refused.getMessage().contains(jar.toString()) && refused.getMessage().contains("built-in"),
                refused.getMessage());
    }

    @Test
    void theSelectionsParametersReachTheProviders() {
        Assembly assembly = new Assembly(PluginDiscovery.builtIns());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> assembly.check(
                Selection.of("hpa", null, "diurnal", List.of("workload.period=day"))));
        assertEquals("workload diurnal: period=day is not allowed: must be a number in [2, 1e6]", bad.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> assembly.check(
                Selection.of("hpa", null, null, List.of("policy.period=3"))));
        assertEquals("unknown parameter 'period' for policy hpa: allowed are target, tolerance, window",
                unknown.getMessage());
    }

    @Test
    void plugPointSeedsDifferFromEachOtherAndRepeat() {
        Set<Long> seeds = Set.of(PlugPoint.values()).stream().map(point -> Assembly.seedFor(point, 5))
                .collect(Collectors.toSet());
        assertEquals(PlugPoint.values().length, seeds.size());
        assertEquals(Assembly.seedFor(PlugPoint.POLICY, 5), Assembly.seedFor(PlugPoint.POLICY, 5));
    }

    @Test
    void onlyJarsDirectlyInsideTheFolderAreConsidered() throws IOException {
        Files.createDirectories(plugins.resolve("example-policy/target"));
        ExamplePlugins.copy(ExamplePlugins.POLICY_JAR, plugins.resolve("example-policy/target"), "nested.jar");
        Files.writeString(plugins.resolve("README.txt"), "not a jar");
        assertEquals(List.of(), PluginDiscovery.locations(plugins));
    }
}
