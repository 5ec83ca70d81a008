package cloudrl.agents;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The learning algorithms CloudRL trains, each with the hyper-parameters it accepts and their defaults. */
public enum AgentKind {

    /** Deep Q-network with a target network, a replay buffer, epsilon-greedy exploration and Double DQN targets. */
    DQN(List.of(
            HyperParameter.whole("envs", 16, 1, 4096, "environments stepped together"),
            HyperParameter.whole("hiddenUnits", 64, 4, 1024, "units in each of the two hidden layers"),
            HyperParameter.number("learningRate", 5e-4, 1e-6, 1, "Adam's step size"),
            HyperParameter.number("gamma", 0.97, 0, 1, "discount factor"),
            HyperParameter.whole("batchSize", 128, 1, 65536, "transitions per gradient step"),
            HyperParameter.whole("bufferSize", 100_000, 1, 50_000_000, "transitions the replay buffer keeps"),
            HyperParameter.whole("learningStarts", 2_000, 1, 50_000_000, "transitions collected before learning starts"),
            HyperParameter.whole("gradientSteps", 2, 1, 64, "gradient steps after each step of all environments"),
            HyperParameter.whole("targetSyncEvery", 250, 1, 10_000_000, "gradient steps between copies into the target network"),
            HyperParameter.number("epsilonStart", 1.0, 0, 1, "exploration rate at the start"),
            HyperParameter.number("epsilonEnd", 0.02, 0, 1, "exploration rate after the decay"),
            HyperParameter.number("epsilonDecay", 0.3, 0, 1, "fraction of the run over which epsilon falls linearly"),
            HyperParameter.number("rewardScale", 0.1, 1e-6, 1e6, "factor applied to rewards while learning"),
            HyperParameter.number("maxGradNorm", 10, 0, 1e6, "gradients are scaled down to this global norm (0: off)"),
            HyperParameter.whole("timeFeature", 1, 0, 1, "1: the network also sees the fraction of the episode elapsed"),
            HyperParameter.whole("history", 1, 1, StateFeatures.MAX_HISTORY,
                    "observations the network sees, the latest and those before it, stacked (1: the latest only)"),
            HyperParameter.whole("evaluationEpisodes", 64, 0, 4096,
                    "greedy episodes each model is scored on; the best is kept (0: keep the last)"),
            HyperParameter.whole("torchThreads", 1, 1, 256, "PyTorch intra-op threads"))),

    /** Proximal policy optimisation with a clipped objective, GAE, a value network and an entropy bonus. */
    PPO(List.of(
            HyperParameter.whole("envs", 16, 1, 4096, "environments stepped together"),
            HyperParameter.whole("hiddenUnits", 64, 4, 1024, "units in each of the two hidden layers"),
            HyperParameter.number("learningRate", 3e-4, 1e-6, 1, "Adam's step size"),
            HyperParameter.number("gamma", 0.99, 0, 1, "discount factor"),
            HyperParameter.number("gaeLambda", 0.95, 0, 1, "GAE's lambda: bias against variance of the advantages"),
            HyperParameter.whole("rolloutLength", 128, 1, 100_000, "steps per environment between updates"),
            HyperParameter.whole("epochs", 10, 1, 1000, "passes over each rollout"),
            HyperParameter.whole("minibatchSize", 256, 1, 1_000_000, "transitions per gradient step"),
            HyperParameter.number("clipRange", 0.2, 0, 10, "how far the probability ratio may move from 1"),
            HyperParameter.number("entropyCoefficient", 0.01, 0, 10, "weight of the entropy bonus"),
            HyperParameter.number("valueCoefficient", 0.5, 0, 100, "weight of the value loss"),
            HyperParameter.number("rewardScale", 0.1, 1e-6, 1e6, "factor applied to rewards while learning"),
            HyperParameter.number("maxGradNorm", 0.5, 0, 1e6, "gradients are scaled down to this global norm (0: off)"),
            HyperParameter.whole("timeFeature", 1, 0, 1, "1: the networks also see the fraction of the episode elapsed"),
            HyperParameter.whole("history", 1, 1, StateFeatures.MAX_HISTORY,
                    "observations the networks see, the latest and those before it, stacked (1: the latest only)"),
            HyperParameter.whole("evaluationEpisodes", 64, 0, 4096,
                    "greedy episodes each model is scored on; the best is kept (0: keep the last)"),
            HyperParameter.whole("torchThreads", 1, 1, 256, "PyTorch intra-op threads")));

    /** Environment steps {@code cloudrl train --agent dqn} takes unless told otherwise. */
    public static final long DQN_DEFAULT_STEPS = 500_000;
    /** Environment steps {@code cloudrl train --agent ppo} takes unless told otherwise. */
    public static final long PPO_DEFAULT_STEPS = 300_000;

    private final List<HyperParameter> hyperParameters;

    AgentKind(List<HyperParameter> hyperParameters) {
        this.hyperParameters = hyperParameters;
    }

    /** The agent's name as users type it: {@code dqn} or {@code ppo}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Environment steps a training run takes unless told otherwise. */
    public long defaultSteps() {
        return this == DQN ? DQN_DEFAULT_STEPS : PPO_DEFAULT_STEPS;
    }

    /** The hyper-parameters this agent accepts, in a fixed order. */
    public List<HyperParameter> hyperParameters() {
        return hyperParameters;
    }

    /**
     * The agent called {@code name}, ignoring case.
     *
     * @throws IllegalArgumentException naming the bad name and the agents there are
     */
    public static AgentKind parse(String name) {
        for (AgentKind kind : values()) {
            if (kind.id().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown agent '" + name + "': choose one of "
                + Arrays.stream(values()).map(AgentKind::id).collect(Collectors.joining(", ")));
    }
}
