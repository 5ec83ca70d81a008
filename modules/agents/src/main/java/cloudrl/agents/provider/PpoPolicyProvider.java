package cloudrl.agents.provider;

import cloudrl.agents.AgentKind;

/** Offers a saved PPO agent as the policy {@code ppo}, taking its most probable action. */
public final class PpoPolicyProvider extends SavedAgentPolicyProvider {

    public PpoPolicyProvider() {
        super(AgentKind.PPO);
    }

    @Override
    public String description() {
        return "a PPO agent trained by 'cloudrl train --agent ppo', taking its most probable action";
    }
}
