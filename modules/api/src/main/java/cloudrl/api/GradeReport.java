package cloudrl.api;

/**
 * How well an episode went, as the episode grader scores it. Scores are in [0, 1].
 *
 * @param finalScore       the weighted sum of stability, efficiency and performance
 * @param passed           whether the final score reached the threshold and the episode stayed stable
 * @param stabilityScore   how steady CPU and memory utilisation were
 * @param efficiencyScore  how few servers were used
 * @param performanceScore the mean reward
 * @param avgReward        mean reward per step
 * @param cumulativeReward sum of the rewards
 * @param avgCpu           mean CPU utilisation in percent
 * @param avgMemory        mean memory utilisation in percent
 * @param avgLatency       mean requests per server
 * @param steps            steps in the episode
 * @param terminated       whether the episode ended by instability (or a constraint that ends it)
 * @param totalCost        what the fleet cost over the episode; NaN when the steps did not report it
 * @param violations       steps that broke a counted constraint (such as a latency objective)
 */
public record GradeReport(double finalScore, boolean passed, double stabilityScore, double efficiencyScore,
                          double performanceScore, double avgReward, double cumulativeReward, double avgCpu,
                          double avgMemory, double avgLatency, int steps, boolean terminated, double totalCost,
                          int violations) {

    /** A report of an episode whose steps reported no cost and no violations. */
    public GradeReport(double finalScore, boolean passed, double stabilityScore, double efficiencyScore,
                       double performanceScore, double avgReward, double cumulativeReward, double avgCpu,
                       double avgMemory, double avgLatency, int steps, boolean terminated) {
        this(finalScore, passed, stabilityScore, efficiencyScore, performanceScore, avgReward, cumulativeReward,
                avgCpu, avgMemory, avgLatency, steps, terminated, Double.NaN, 0);
    }
}
