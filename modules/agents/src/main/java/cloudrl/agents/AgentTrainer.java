package cloudrl.agents;

import java.util.List;

/** One learning algorithm, driven by {@link Training} in small units of work. */
interface AgentTrainer {

    /** Does one unit of work: for DQN one step of every environment and its gradient steps, for PPO a rollout and its update. */
    void iterate();

    /** The model as it stands now, ready to be written. */
    SavedAgent snapshot(String status);

    /** The names of {@link #diagnostics()}, for the learning curve's columns. */
    List<String> diagnosticNames();

    /** The algorithm's own figures of the latest work, such as its loss. */
    double[] diagnostics();
}
