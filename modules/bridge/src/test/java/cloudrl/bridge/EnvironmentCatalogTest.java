package cloudrl.bridge;

import cloudrl.api.Action;
import cloudrl.api.StepResult;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;
import cloudrl.env.VectorEnv;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.PluginDiscovery;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnvironmentCatalogTest {

    private final EnvironmentCatalog catalog = new EnvironmentCatalog(new Assembly(PluginDiscovery.builtIns()));

    @Test
    void listsEveryScenarioWithTheSpacesOfItsEnvironment() {
        List<EnvironmentEntry> entries = catalog.entries();
        assertTrue(entries.stream().map(EnvironmentEntry::id).toList().containsAll(List.of("reference", "boot-delay",
                "diurnal-boot", "multi-step", "instance-types", "budget", "sla")));
        EnvironmentEntry types = entries.stream().filter(e -> e.id().equals("instance-types")).findFirst().orElseThrow();
        assertEquals(List.of("remove 1 large", "remove 1 small", "keep", "add 1 small", "add 1 large"),
                types.actionLabels());
        assertEquals(List.of("cpu", "memory", "requestRate", "servers", "smallServers", "largeServers", "phase"),
                types.featureNames());
        EnvironmentEntry entry = entries.stream().filter(e -> e.id().equals("reference")).findFirst().orElseThrow();
        CloudEnvironment reference = CloudEnvironment.of(Task.MEDIUM);
        assertEquals("reference", entry.id());
        assertEquals(List.of("cpu", "memory", "requestRate", "servers"), entry.featureNames());
        assertArrayEquals(reference.observationSpace().low(), entry.low());
        assertArrayEquals(reference.observationSpace().high(), entry.high());
        assertEquals(reference.actionSpace().n(), entry.actions());
        assertEquals("add 1", entry.actionLabels().get(2));
    }

    @Test
    void buildsTheTaskItIsGiven() {
        CloudEnvironment built = catalog.single("reference", List.of(Map.entry("task", "hard")));
        CloudEnvironment expected = CloudEnvironment.of(Task.HARD);
        assertEquals(expected.reset(5).observation(), built.reset(5).observation());
        for (int i = 0; i < 30; i++) {
            StepResult want = expected.step(Action.MAINTAIN);
            StepResult got = built.step(Action.MAINTAIN);
            assertEquals(want, got);
            if (want.terminated() || want.truncated()) {
                break;
            }
        }
    }

    @Test
    void aVectorOfTheReferenceMatchesVectorEnvOfTheTask() {
        try (VectorEnv built = catalog.vector("reference", 3, 1, List.of(Map.entry("task", "easy")));
             VectorEnv expected = VectorEnv.of(Task.EASY, 3, 1)) {
            built.reset(8);
            expected.reset(8);
            int[] actions = {0, 1, 2};
            for (int i = 0; i < 150; i++) {
                built.step(actions);
                expected.step(actions);
                assertArrayEquals(expected.observations(), built.observations());
                assertArrayEquals(expected.rewards(), built.rewards());
            }
        }
    }

    @Test
    void refusesAnUnknownIdArgumentOrTaskInOneLine() {
        String unknown = assertThrows(IllegalArgumentException.class, () -> catalog.single("moon", List.of()))
                .getMessage();
        assertTrue(unknown.startsWith("unknown scenario 'moon': choose one of boot-delay, budget,"), unknown);
        assertEquals("unknown argument 'colour' for reference: allowed are task, reward, workload, params",
                assertThrows(IllegalArgumentException.class,
                        () -> catalog.single("reference", List.of(Map.entry("colour", "red")))).getMessage());
        assertEquals("param policy.target=50 is not allowed: the agent is on the Python side, so only reward.,"
                        + " workload., actions. and fleet. parameters apply",
                assertThrows(IllegalArgumentException.class,
                        () -> catalog.single("reference", List.of(Map.entry("param", "policy.target=50")))).getMessage());
        assertEquals("unknown task 'x': choose one of easy, medium, hard",
                assertThrows(IllegalArgumentException.class,
                        () -> catalog.single("reference", List.of(Map.entry("task", "x")))).getMessage());
    }
}
