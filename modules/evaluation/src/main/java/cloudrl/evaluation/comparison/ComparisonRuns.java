package cloudrl.evaluation.comparison;

import cloudrl.env.Task;
import cloudrl.evaluation.EpisodeResults;
import cloudrl.evaluation.statistics.StratifiedScores;

import java.util.List;

/**
 * The episodes a {@link PolicyComparison} played: for every policy and task, the results of the
 * task's {@code episodes} episode seeds, in seed order; on one task every policy played the same seeds.
 * Immutable.
 */
public final class ComparisonRuns {

    private final List<String> policies;
    private final List<Task> tasks;
    private final int episodes;
    private final long seed;
    private final EpisodeResults[][] results;

    ComparisonRuns(List<String> policies, List<Task> tasks, int episodes, long seed, EpisodeResults[][] results) {
        this.policies = List.copyOf(policies);
        this.tasks = List.copyOf(tasks);
        this.episodes = episodes;
        this.seed = seed;
        this.results = results;
    }

    /** The policies, in the order given. */
    public List<String> policies() {
        return policies;
    }

    /** The tasks, in the order given. */
    public List<Task> tasks() {
        return tasks;
    }

    /** Episodes per policy and task. */
    public int episodes() {
        return episodes;
    }

    /** The seed every task's episode seeds were derived from ({@link PolicyComparison#taskSeed}). */
    public long seed() {
        return seed;
    }

    /**
     * The results of {@code policy} on {@code task}.
     *
     * @throws IllegalArgumentException when either was not played
     */
    public EpisodeResults results(String policy, Task task) {
        return results[policyIndex(policy)][taskIndex(task)];
    }

    /** Every episode's cumulative reward of {@code policy}, by task: the bootstrap's strata. */
    public StratifiedScores cumulativeRewards(String policy) {
        double[][] byTask = new double[tasks.size()][];
        for (int t = 0; t < tasks.size(); t++) {
            byTask[t] = results[policyIndex(policy)][t].cumulativeRewards();
        }
        return StratifiedScores.of(byTask);
    }

    /** Every episode's final grade of {@code policy}, by task. */
    public StratifiedScores finalScores(String policy) {
        double[][] byTask = new double[tasks.size()][];
        for (int t = 0; t < tasks.size(); t++) {
            byTask[t] = results[policyIndex(policy)][t].finalScores();
        }
        return StratifiedScores.of(byTask);
    }

    int policyIndex(String policy) {
        int index = policies.indexOf(policy);
        if (index < 0) {
            throw new IllegalArgumentException("policy '" + policy + "' was not compared: the policies are "
                    + String.join(", ", policies));
        }
        return index;
    }

    private int taskIndex(Task task) {
        int index = tasks.indexOf(task);
        if (index < 0) {
            throw new IllegalArgumentException("task " + task.id() + " was not played");
        }
        return index;
    }
}
