package cloudrl.plugins;

import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.PlugPoint;
import cloudrl.api.Policy;
import cloudrl.api.PolicyContext;
import cloudrl.api.PolicyProvider;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The {@code ID:VALUE} shorthand, and policies created for the environment they play in. */
class ChoiceTest {

    /** A policy provider with a model directory as its first parameter, as a trained agent's would be. */
    private static final class ModelProvider implements PolicyProvider {
        PolicyContext lastContext;
        Parameters lastParameters;

        @Override
        public String id() {
            return "model";
        }

        @Override
        public String description() {
            return "plays a saved model";
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(new Parameter("model", "", "directory of the saved model"),
                    new Parameter("greedy", "true", "whether to act greedily"));
        }

        @Override
        public Policy create(long seed, Parameters parameters) {
            lastParameters = parameters;
            return observation -> cloudrl.api.Action.MAINTAIN;
        }

        @Override
        public Policy create(long seed, Parameters parameters, PolicyContext context) {
            lastContext = context;
            return create(seed, parameters);
        }
    }

    private static Choice policy(String text, Map<String, String> parameters) {
        return Choice.parse(PlugPoint.POLICY, text, parameters);
    }

    @Test
    void aValueAfterTheColonSetsTheFirstDeclaredParameter() {
        Choice choice = policy("model:runs/dqn:easy", Map.of("greedy", "false"));
        assertEquals("model", choice.id());
        assertEquals("runs/dqn:easy", choice.value(), "only the first colon ends the id");
        assertEquals("model:runs/dqn:easy", choice.label());
        Parameters parameters = choice.parametersFor(new ModelProvider());
        assertEquals(Map.of("model", "runs/dqn:easy", "greedy", "false"), parameters.effective());
    }

    @Test
    void aBareIdIsUnchanged() {
        Choice choice = policy(" hpa ", Map.of("target", "50"));
        assertEquals(new Choice("hpa", Map.of("target", "50")), choice);
        assertNull(choice.value());
        assertEquals("hpa", choice.label());
    }

    @Test
    void malformedShorthandsAreRejectedInOneLine() {
        assertEquals("policy 'model:' is not allowed: write ID or ID:VALUE, with the value for the policy's first"
                        + " parameter after the colon, such as dqn:models/easy",
                assertThrows(IllegalArgumentException.class, () -> policy("model:", Map.of())).getMessage());
        assertEquals("policy ':runs/a' is not allowed: write ID or ID:VALUE, with the value for the policy's first"
                        + " parameter after the colon, such as dqn:models/easy",
                assertThrows(IllegalArgumentException.class, () -> policy(":runs/a", Map.of())).getMessage());
        assertEquals("an empty policy is not allowed: give a policy id (see 'cloudrl plugins')",
                assertThrows(IllegalArgumentException.class, () -> policy(" ", Map.of())).getMessage());
    }

    @Test
    void aShorthandForAProviderWithoutParametersOrTwiceGivenIsRejected() {
        PluginCatalog catalog = PluginDiscovery.builtIns();
        assertEquals("policy maintain takes no parameters, so 'maintain:5' has nothing to set: write maintain alone",
                assertThrows(IllegalArgumentException.class,
                        () -> policy("maintain:5", Map.of()).parametersFor(catalog.policy("maintain"))).getMessage());
        assertEquals("'threshold:30' sets scaleDownBelow of policy threshold and --param policy.scaleDownBelow sets it"
                        + " again: give it once",
                assertThrows(IllegalArgumentException.class, () -> policy("threshold:30", Map.of("scaleDownBelow", "20"))
                        .parametersFor(catalog.policy("threshold"))).getMessage());
    }

    @Test
    void selectionsReadTheShorthandAtEveryPlugPoint() {
        Selection selection = Selection.of("hpa:50", null, "trace:traffic.csv", List.of("policy.window=3"));
        assertEquals(new Choice("hpa", Map.of("window", "3"), "50"), selection.policy());
        assertEquals(new Choice("trace", Map.of(), "traffic.csv"), selection.workload());
        Assembly assembly = new Assembly(PluginDiscovery.builtIns());
        assertEquals(Map.of("target", "50", "tolerance", "0.1", "window", "3"),
                selection.policy().parametersFor(assembly.catalog().policy("hpa")).effective());
    }

    @Test
    void assemblyHandsPoliciesTheEnvironmentTheyWillPlayIn() {
        ModelProvider provider = new ModelProvider();
        List<FoundProvider> providers = new ArrayList<>(PluginDiscovery.builtIns().providers());
        providers.add(new FoundProvider(provider, PluginSource.BUILT_IN));
        Assembly assembly = new Assembly(new PluginCatalog(providers, List.of()));
        Selection selection = Selection.of("model:runs/a", null, "diurnal", List.of());
        CloudEnvironment environment = assembly.environment(Task.HARD, selection, 3);

        assembly.policy(selection, 3, Task.HARD, environment);

        assertSame(environment, provider.lastContext.environment());
        assertEquals(Task.HARD.trafficLevel(), provider.lastContext.traffic());
        assertEquals("diurnal", provider.lastContext.workload());
        assertEquals("runs/a", provider.lastParameters.text("model"));
    }
}
