package cloudrl.agents.provider;

import cloudrl.agents.AgentKind;

/** Offers a saved DQN agent as the policy {@code dqn}, acting greedily on its Q-values. */
public final class DqnPolicyProvider extends SavedAgentPolicyProvider {

    public DqnPolicyProvider() {
        super(AgentKind.DQN);
    }

    @Override
    public String description() {
        return "a DQN agent trained by 'cloudrl train --agent dqn', acting greedily on its Q-values";
    }
}
