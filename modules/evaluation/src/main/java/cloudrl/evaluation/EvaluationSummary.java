package cloudrl.evaluation;

/**
 * How a policy did over many seeded episodes of one task.
 *
 * @param task               the task's id
 * @param policy             the policy's id
 * @param episodes           number of episodes
 * @param seed               the seed the episode seeds were derived from
 * @param cumulativeReward   mean cumulative reward per episode, with its 95 % interval
 * @param finalScore         mean final grade, with its 95 % interval
 * @param avgCpu             mean over episodes of each episode's average CPU, in percent
 * @param avgMemory          mean over episodes of each episode's average memory, in percent
 * @param avgLatency         mean over episodes of each episode's average latency
 * @param endedEarlyFraction fraction of episodes ended by instability
 * @param passedFraction     fraction of episodes the grader passed
 */
public record EvaluationSummary(String task, String policy, int episodes, long seed, MeanInterval cumulativeReward,
                                MeanInterval finalScore, double avgCpu, double avgMemory, double avgLatency,
                                double endedEarlyFraction, double passedFraction) {
}
