/** The {@code dqn} and {@code ppo} policy providers, offered only through {@code provides}. */
package cloudrl.agents.provider;
