package cloudrl.plugins;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.PlugPoint;
import cloudrl.api.Policy;
import cloudrl.api.StepResult;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two plugins bundle different versions of one library, com.example.window 1.0.0 and 2.0.0: one
 * as a folder, one as a zip. Each loads with its library into a layer of its own and sees its own
 * version; the median plugin calls a method only 2.0.0 has.
 */
class BundledLibraryTest {

    @TempDir
    Path plugins;

    @Test
    void eachPluginSeesTheLibraryVersionItBundles() throws IOException {
        Path meanFolder = Files.createDirectories(plugins.resolve("mean-cpu"));
        ExamplePlugins.copy("cloudrl-example-mean-policy.jar", meanFolder, "cloudrl-example-mean-policy.jar");
        ExamplePlugins.copy("cloudrl-example-window-1.jar", meanFolder, "cloudrl-example-window-1.jar");
        Path medianZip = zip(plugins.resolve("median-cpu.zip"),
                ExamplePlugins.jar("cloudrl-example-median-policy.jar"), ExamplePlugins.jar("cloudrl-example-window-2.jar"));

        PluginCatalog catalog = PluginDiscovery.discover(plugins);

        assertEquals(List.of(PluginState.STARTED, PluginState.STARTED),
                catalog.plugins().stream().map(Plugin::state).toList(), catalog.plugins()::toString);
        assertEquals(List.of("com.example.meancpu", "com.example.mediancpu"),
                catalog.plugins().stream().map(Plugin::id).toList());
        assertEquals(List.of(meanFolder, medianZip), catalog.plugins().stream().map(Plugin::location).toList());
        FoundProvider mean = catalog.find(PlugPoint.POLICY, "mean-cpu");
        FoundProvider median = catalog.find(PlugPoint.POLICY, "median-cpu");
        ModuleLayer meanLayer = mean.provider().getClass().getModule().getLayer();
        ModuleLayer medianLayer = median.provider().getClass().getModule().getLayer();
        assertNotSame(meanLayer, medianLayer);
        assertEquals("1.0.0", libraryVersion(meanLayer));
        assertEquals("2.0.0", libraryVersion(medianLayer));
        // one loader for a plugin and its library, another for the other plugin
        assertEquals(mean.provider().getClass().getClassLoader(),
                meanLayer.findLoader("com.example.window"));
        assertNotSame(meanLayer.findLoader("com.example.window"), medianLayer.findLoader("com.example.window"));
        // the library reports itself from its own descriptor, at run time
        assertTrue(mean.provider().description().contains("com.example.window@1.0.0"), mean.provider().description());
        assertTrue(median.provider().description().contains("com.example.window@2.0.0"), median.provider().description());

        Assembly assembly = new Assembly(catalog);
        playsTheThresholdRuleOn("mean-cpu", assembly, cpus -> Arrays.stream(cpus).average().orElseThrow());
        playsTheThresholdRuleOn("median-cpu", assembly, BundledLibraryTest::median);
    }

    /** Plays medium, seed 4, and checks each action against the rule on the statistic of the last 3 CPU readings, computed here. */
    private static void playsTheThresholdRuleOn(String id, Assembly assembly,
                                                java.util.function.ToDoubleFunction<double[]> statistic) {
        Selection selection = Selection.of(id, null, null, List.of("policy.window=3"));
        CloudEnvironment environment = assembly.environment(Task.MEDIUM, selection, 4);
        Policy policy = assembly.policy(selection, 4);
        policy.reset();
        Observation observation = environment.reset(4).observation();
        List<Double> seen = new ArrayList<>();
        int decisions = 0;
        while (true) {
            seen.add(observation.cpu());
            double[] last = seen.subList(Math.max(0, seen.size() - 3), seen.size()).stream()
                    .mapToDouble(Double::doubleValue).toArray();
            double cpu = statistic.applyAsDouble(last);
            Action expected = cpu > 70 ? Action.INCREASE : cpu < 40 ? Action.DECREASE : Action.MAINTAIN;
            Action action = policy.act(observation);
            assertEquals(expected, action, id + " at step " + decisions + " on " + Arrays.toString(last));
            decisions++;
            StepResult step = environment.step(action);
            if (step.done()) {
                break;
            }
            observation = step.observation();
        }
        assertTrue(decisions >= 2, id + " made " + decisions + " decisions");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String libraryVersion(ModuleLayer layer) {
        return layer.findModule("com.example.window").orElseThrow().getDescriptor().version()
                .map(ModuleDescriptor.Version::toString).orElseThrow();
    }

    /** A zip of {@code jars} inside a top folder, as a user would pack a plugin. */
    private static Path zip(Path zip, Path... jars) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path jar : jars) {
                out.putNextEntry(new ZipEntry("median-cpu/" + jar.getFileName()));
                out.write(Files.readAllBytes(jar));
                out.closeEntry();
            }
        }
        return zip;
    }
}
