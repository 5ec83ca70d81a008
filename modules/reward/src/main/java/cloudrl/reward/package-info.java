/** Reward functions built into CloudRL. */
package cloudrl.reward;
