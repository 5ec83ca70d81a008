package cloudrl.agents.provider;

import cloudrl.agents.AgentKind;
import cloudrl.agents.HyperParameters;
import cloudrl.agents.TrainedPolicy;
import cloudrl.agents.Training;
import cloudrl.agents.TrainingEnvironment;
import cloudrl.agents.TrainingPlan;
import cloudrl.api.Parameters;
import cloudrl.api.Policy;
import cloudrl.env.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SavedAgentPolicyProviderTest {

    @TempDir
    static Path shared;

    static Path dqn;

    @BeforeAll
    static void saveADqnAgent() throws IOException {
        dqn = shared.resolve("dqn");
        Training.run(new TrainingPlan(HyperParameters.defaults(AgentKind.DQN), TrainingEnvironment.reference(Task.EASY),
                512, 1, dqn), progress -> { }, () -> false);
    }

    private static Parameters model(SavedAgentPolicyProvider provider, String directory) {
        return Parameters.of(provider, Map.of("model", directory));
    }

    @Test
    void loadsTheModelNamedByTheParameter() {
        DqnPolicyProvider provider = new DqnPolicyProvider();
        Policy policy = provider.create(0, model(provider, dqn.toString()));
        assertInstanceOf(TrainedPolicy.class, policy);
        ((TrainedPolicy) policy).close();
    }

    @Test
    void theModelParameterIsRequired() {
        DqnPolicyProvider provider = new DqnPolicyProvider();
        assertEquals("policy dqn: model= is not allowed: give the directory 'cloudrl train --agent dqn --out DIR' wrote,"
                        + " as --param policy.model=DIR",
                assertThrows(IllegalArgumentException.class, () -> provider.create(0, Parameters.defaults(provider)))
                        .getMessage());
    }

    @Test
    void aModelOfTheOtherKindIsRefused() {
        PpoPolicyProvider provider = new PpoPolicyProvider();
        assertEquals("policy ppo: the model in " + dqn + " is a dqn agent, not ppo: use --policy dqn",
                assertThrows(IllegalArgumentException.class, () -> provider.create(0, model(provider, dqn.toString())))
                        .getMessage());
    }

    @Test
    void aMissingDirectoryIsNamed() {
        DqnPolicyProvider provider = new DqnPolicyProvider();
        Path missing = shared.resolve("nothing-here");
        assertEquals("policy dqn: cannot load " + missing + ": model directory " + missing
                        + " does not exist: give the --out directory of 'cloudrl train'",
                assertThrows(IllegalArgumentException.class, () -> provider.create(0, model(provider, missing.toString())))
                        .getMessage());
    }
}
