package cloudrl.agents;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HyperParametersTest {

    @Test
    void defaultsCanBeOverridden() {
        HyperParameters hyper = HyperParameters.defaults(AgentKind.DQN).with(List.of("learningRate=0.001", "envs = 8"));
        assertEquals(0.001, hyper.number("learningRate"));
        assertEquals(8, hyper.whole("envs"));
        assertEquals(HyperParameters.defaults(AgentKind.DQN).number("gamma"), hyper.number("gamma"));
        assertEquals("8", hyper.asText().get("envs"));
    }

    @Test
    void badAssignmentsNameWhatIsAllowed() {
        HyperParameters defaults = HyperParameters.defaults(AgentKind.PPO);
        assertEquals("unknown hyper-parameter 'epsilonEnd' for ppo: allowed are envs, hiddenUnits, learningRate, gamma,"
                        + " gaeLambda, rolloutLength, epochs, minibatchSize, clipRange, entropyCoefficient,"
                        + " valueCoefficient, rewardScale, maxGradNorm, timeFeature, history, evaluationEpisodes, torchThreads",
                assertThrows(IllegalArgumentException.class, () -> defaults.with(List.of("epsilonEnd=0.1"))).getMessage());
        assertEquals("hyper-parameter epochs=2.5 is not allowed: must be a whole number in [1, 1000]",
                assertThrows(IllegalArgumentException.class, () -> defaults.with(List.of("epochs=2.5"))).getMessage());
        assertEquals("hyper-parameter gamma=1.5 is not allowed: must be a number in [0, 1]",
                assertThrows(IllegalArgumentException.class, () -> defaults.with(List.of("gamma=1.5"))).getMessage());
        assertEquals("--hyper gamma is not allowed: write name=value, such as learningRate=0.001",
                assertThrows(IllegalArgumentException.class, () -> defaults.with(List.of("gamma"))).getMessage());
    }

    @Test
    void aHyperParameterGivenTwiceIsRefusedLikeARepeatedParam() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> HyperParameters.defaults(AgentKind.DQN).with(List.of("gamma=0.9", "envs=8", "gamma = 0.95")));
        assertEquals("--hyper gamma is given twice: give it once", twice.getMessage());
    }

    @Test
    void agentsAreParsedByTheirIds() {
        assertEquals(AgentKind.PPO, AgentKind.parse("PPO"));
        assertEquals("unknown agent 'a2c': choose one of dqn, ppo",
                assertThrows(IllegalArgumentException.class, () -> AgentKind.parse("a2c")).getMessage());
    }
}
