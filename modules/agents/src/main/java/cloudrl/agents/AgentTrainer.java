package cloudrl.agents;

import java.util.List;

/** One learning algorithm, driven by {@link Training} in small units of work. */
interface AgentTrainer {

    /** Does one unit of work: for DQN one step of every environment and its gradient steps, for PPO a rollout and its update. */
    void iterate();

    /** The network that chooses the actions: Q-values for DQN, action logits for PPO. */
    FeedForwardNetwork acting();

    /** PPO's value network; {@code null} for DQN. */
    FeedForwardNetwork critic();

    /** The names of {@link #diagnostics()}, for the learning curve's columns. */
    List<String> diagnosticNames();

    /** The algorithm's own figures of the latest work, such as its loss. */
    double[] diagnostics();
}
