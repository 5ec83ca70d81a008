package ${package};
#if( $part == "scenario" )

import cloudrl.api.Provider;
import cloudrl.api.Scenario;
import cloudrl.check.EnvironmentChecker;
import cloudrl.env.Task;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.PluginDiscovery;
import cloudrl.plugins.Selection;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What CloudRL checks when it loads the plugin, and its contract checker on the environment the scenario composes. */
class ${className}ProviderTest {

    private final ${className}Provider provider = new ${className}Provider();

    @Test
    void describesItselfAsCloudRlRequires() {
        assertTrue(provider.id().matches(Provider.ID_PATTERN), provider.id());
        assertEquals(1, provider.description().lines().count(), "a one-line description");
    }

    @Test
    void theEnvironmentItComposesKeepsTheContract() {
        // its parts are CloudRL's built-ins, so the built-in catalog can assemble it, as the launcher does
        Assembly assembly = new Assembly(PluginDiscovery.builtIns());
        Scenario scenario = provider.scenario();
        Selection selection = Selection.of(scenario, null, null, null, List.of());
        EnvironmentChecker.check(() -> assembly.environment(Task.parse(scenario.task()), selection, 0)).assertPassed();
    }
}
#else

import cloudrl.api.Parameters;
import cloudrl.api.Provider;
#if( $part == "policy" )
import cloudrl.api.Episode;
import cloudrl.api.Policy;
import cloudrl.env.Rollout;
#end
import cloudrl.check.EnvironmentChecker;
import cloudrl.env.CloudEnvironment;
#if( $part != "policy" )
import cloudrl.env.EnvironmentConfig;
#end
import cloudrl.env.Task;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What CloudRL checks when it loads the plugin, and its contract checker on an environment the plugin takes part in. */
class ${className}ProviderTest {

    private final ${className}Provider provider = new ${className}Provider();

    @Test
    void describesItselfAsCloudRlRequires() {
        assertTrue(provider.id().matches(Provider.ID_PATTERN), provider.id());
        assertEquals(1, provider.description().lines().count(), "a one-line description");
        // every default must be accepted by create
        provider.create(0, #if( $part == "workload" )Task.MEDIUM.trafficLevel(), #end Parameters.of(provider, Map.of()));
    }

#if( $part == "policy" )
    @Test
    void theEnvironmentItPlaysInKeepsTheContract() {
        EnvironmentChecker.check(() -> CloudEnvironment.of(Task.MEDIUM)).assertPassed();
    }

    @Test
    void playsWholeEpisodesTheSameWayForTheSameSeed() {
        for (Task task : Task.values()) {
            Episode first = play(task, 11);
            Episode again = play(task, 11);
            assertTrue(first.steps() >= 1);
            assertEquals(first.actions(), again.actions(), "a seeded episode is reproducible");
        }
    }

    private Episode play(Task task, long seed) {
        Policy policy = provider.create(seed, Parameters.of(provider, Map.of()));
        return Rollout.play(CloudEnvironment.of(task), policy, seed);
    }
#elseif( $part == "reward" )
    @Test
    void anEnvironmentScoredByItKeepsTheContract() {
        EnvironmentChecker.check(() -> new CloudEnvironment(EnvironmentConfig.defaults(),
                CloudEnvironment.of(Task.MEDIUM).workload(), provider.create(0, Parameters.of(provider, Map.of()))))
                .assertPassed();
    }
#else
    @Test
    void anEnvironmentDrivenByItKeepsTheContract() {
        for (Task task : Task.values()) {
            EnvironmentChecker.check(() -> new CloudEnvironment(EnvironmentConfig.defaults(),
                    provider.create(0, task.trafficLevel(), Parameters.of(provider, Map.of())),
                    CloudEnvironment.of(task).rewardFunction())).assertPassed();
        }
    }
#end
}
#end
