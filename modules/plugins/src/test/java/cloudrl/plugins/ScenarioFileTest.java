package cloudrl.plugins;

import cloudrl.api.Scenario;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenario files: a composition without Java, and one line for every way a file can be wrong. */
class ScenarioFileTest {

    private static final PluginCatalog CATALOG = PluginDiscovery.builtIns();

    @TempDir
    Path folder;

    private Path file(String json) throws IOException {
        Path file = folder.resolve("my-scenario.json");
        Files.writeString(file, json);
        return file;
    }

    private String refusal(String json) throws IOException {
        Path file = file(json);
        return assertThrows(IllegalArgumentException.class, () -> ScenarioChoice.resolve(file.toString(), CATALOG))
                .getMessage();
    }

    @Test
    void aFileComposesExistingPartsWithParameters() throws IOException {
        Path file = file("""
                {"id": "two-step-boot", "description": "diurnal, 2-step boot, moves of up to 2",
                 "workload": {"id": "diurnal", "parameters": {"period": 50}},
                 "actions": {"id": "steps", "parameters": {"k": 2}},
                 "fleet": {"id": "standard", "parameters": {"bootSteps": 2}},
                 "features": ["booting-servers", {"id": "phase", "parameters": {"period": 50}}],
                 "maxSteps": 60, "initialServers": [4]}
                """);
        Scenario scenario = ScenarioChoice.resolve(file.toString(), CATALOG);
        assertEquals("two-step-boot", scenario.id());
        CloudEnvironment environment = new Assembly(CATALOG).environment(Task.MEDIUM,
                Selection.of(scenario, null, null, null, List.of()), 0);
        assertEquals(5, environment.actionSpace().n());
        assertEquals(List.of("cpu", "memory", "requestRate", "servers", "bootingServers", "phase"),
                environment.observationSpace().names());
        assertEquals(4, environment.reset(1).observation().servers());
        assertEquals(60, environment.config().maxSteps());
    }

    @Test
    void everyMistakeIsOneLineNamingTheFileTheFieldAndWhatIsAllowed() throws IOException {
        String where = folder.resolve("my-scenario.json").toString();
        assertTrue(refusal("{\"id\": ").startsWith("scenario file " + where + " is not JSON"), refusal("{\"id\": "));
        assertEquals(where + ": field 'actions': unknown actions 'jump': choose one of steps, target, unit"
                + " (see 'cloudrl plugins')", refusal("{\"actions\": \"jump\"}"));
        assertEquals(where + ": field 'fleet': unknown parameter 'boot' for fleet standard: allowed are types,"
                + " bootSteps, cooldownSteps, maxServers", refusal("{\"fleet\": {\"id\": \"standard\", \"parameters\": {\"boot\": 3}}}"));
        assertEquals(where + ": fleet standard: bootSteps=0 is not allowed: must be a whole number in [1, 50]",
                refusal("{\"fleet\": {\"id\": \"standard\", \"parameters\": {\"bootSteps\": 0}}}"));
        String negative = refusal("{\"fleet\": {\"id\": \"standard\", \"parameters\": {\"types\": \"cheap:30:-1\"}}}");
        assertTrue(negative.startsWith(where + ": fleet standard: types=cheap:30:-1 is not allowed: server type cheap:"
                + " cost -1.0 is not allowed"), negative);
        assertEquals(where + ": scenario my-scenario: the quota of 2 servers is below the initial fleet of 3: raise"
                + " the quota or start smaller", refusal("{\"constraints\": [{\"id\": \"quota\", \"parameters\": {\"maxServers\": 2}}]}"));
        assertEquals(where + ": scenario my-scenario: initialServers 5 is above the fleet's maxServers 4: the initial"
                + " fleet must fit the quota", refusal("{\"actions\": \"target\", \"fleet\": {\"id\": \"standard\","
                + " \"parameters\": {\"maxServers\": 4}}, \"initialServers\": [5]}"));
        assertEquals(where + ": field 'speed' is not allowed: the fields are actions, constraints, description,"
                + " features, fleet, id, initialServers, maxSteps, reward, task, workload", refusal("{\"speed\": 3}"));
        assertEquals(where + ": field 'maxSteps' must be a whole number, not \"long\"", refusal("{\"maxSteps\": \"long\"}"));
        String unknown = assertThrows(IllegalArgumentException.class,
                () -> ScenarioChoice.resolve("no-such-scenario", CATALOG)).getMessage();
        assertTrue(unknown.startsWith("unknown scenario 'no-such-scenario': choose one of boot-delay, budget,"), unknown);
        String missing = assertThrows(IllegalArgumentException.class,
                () -> ScenarioChoice.resolve(folder.resolve("none.json").toString(), CATALOG)).getMessage();
        assertTrue(missing.endsWith("none.json does not exist: give a scenario id (see 'cloudrl scenarios') or the"
                + " path of a .json file"), missing);
    }
}
