/** DQN and PPO agents trained on a vector of environments, their checkpoints and learning curves. */
package cloudrl.agents;
