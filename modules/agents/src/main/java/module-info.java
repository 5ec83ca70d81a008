/**
 * Learning agents: DQN and PPO, trained with DJL on PyTorch (CPU) over a vector of environments
 * through the tensor path; their checkpoints; and the {@code dqn} and {@code ppo} policies that load
 * a saved model and act greedily.
 */
module cloudrl.agents {
    requires transitive cloudrl.torch;
    requires cloudrl.io;
    requires ai.djl.pytorch_engine;
    requires org.jfree.jfreechart;
    requires java.desktop;
    requires org.slf4j;

    exports cloudrl.agents;

    provides cloudrl.api.PolicyProvider with
            cloudrl.agents.provider.DqnPolicyProvider,
            cloudrl.agents.provider.PpoPolicyProvider;
}
