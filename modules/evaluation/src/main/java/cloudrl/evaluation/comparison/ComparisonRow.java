package cloudrl.evaluation.comparison;

import cloudrl.evaluation.statistics.IntervalEstimate;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How one policy did on one task, or over all tasks together (the task is then {@link #ALL_TASKS}).
 *
 * @param policy             the policy's name as given
 * @param task               the task's id, or {@link #ALL_TASKS}
 * @param episodes           episodes per task
 * @param cumulativeReward   mean and interquartile mean of the episodes' cumulative rewards
 * @param finalScore         mean and interquartile mean of the episodes' final grades
 * @param optimalReturn      the task's optimal expected return, exact; empty over all tasks and when the
 *                           oracle cannot solve the task's workload
 * @param percentOfOptimal   the mean cumulative reward as a percentage of the optimal expected return
 *                           (over all tasks, the mean of the tasks' percentages); empty without an optimum
 * @param improvement        the probability that an episode of this policy earns more than an episode of
 *                           the baseline on the same task (over all tasks, the mean over tasks)
 * @param endedEarlyFraction fraction of episodes ended by instability (over all tasks, the mean)
 * @param passedFraction     fraction of episodes the grader passed (over all tasks, the mean)
 */
public record ComparisonRow(String policy, String task, int episodes, ScoreIntervals cumulativeReward,
                            ScoreIntervals finalScore, OptionalDouble optimalReturn,
                            Optional<IntervalEstimate> percentOfOptimal, IntervalEstimate improvement,
                            double endedEarlyFraction, double passedFraction) {

    /** The task of the rows that aggregate every task. */
    public static final String ALL_TASKS = "all";

    public ComparisonRow {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(cumulativeReward, "cumulativeReward");
        Objects.requireNonNull(finalScore, "finalScore");
        Objects.requireNonNull(optimalReturn, "optimalReturn");
        Objects.requireNonNull(percentOfOptimal, "percentOfOptimal");
        Objects.requireNonNull(improvement, "improvement");
    }

    /** Whether this row aggregates every task. */
    public boolean aggregate() {
        return ALL_TASKS.equals(task);
    }
}
