package cloudrl.oracle;

import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;
import cloudrl.evaluation.Evaluation;
import cloudrl.evaluation.comparison.ComparisonReport;
import cloudrl.evaluation.comparison.ComparisonRow;
import cloudrl.evaluation.comparison.ComparisonRuns;
import cloudrl.evaluation.comparison.PolicyComparison;
import cloudrl.evaluation.statistics.IntervalEstimate;
import cloudrl.evaluation.statistics.StratifiedBootstrap;
import cloudrl.policy.ThresholdPolicy;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The comparison harness against the exact figures: played on the same seeds as the heuristic, the
 * optimal policy's mean return must have the exact optimum inside its bootstrap interval on every
 * task, and so its percentage of optimal must be about 100 %. One seed, fixed in advance.
 *
 * <p>Four intervals are checked at once (three tasks and the aggregate), so each is a 99 % interval:
 * at 95 % each, one of them misses far more often than one time in twenty. The return's distribution
 * (most episodes near the optimum, a rare early end far below) adds to that when a sample happens to
 * hold few early ends. History: a first version at 95 %, with all tasks on one list of seeds, missed
 * on medium with this seed (0.8 % of episodes ended early against about 1.5 % expected; the exact
 * 80.212 lay under [80.254, 80.717]) and on the aggregate at 99 %. The tasks had few early ends
 * together because they shared their traffic noise, which is why every task now has seeds of its own
 * ({@code PolicyComparison.taskSeed}).
 */
class OracleComparisonTest {

    private static final List<Task> TASKS = List.of(Task.EASY, Task.MEDIUM, Task.HARD);

    @Test
    void theOraclesRowsMatchItsExactReturn() {
        Map<Task, Double> optima = new EnumMap<>(Task.class);
        for (Task task : TASKS) {
            optima.put(task, OptimalPlanner.plan(ScalingMdp.of(CloudEnvironment.of(task))).expectedReturn());
        }
        ComparisonRuns runs = new PolicyComparison(new Evaluation(), 2).play(List.of("threshold", "oracle"), TASKS,
                1_000, 20_240_602L, (policy, task, seed) -> {
                    CloudEnvironment environment = CloudEnvironment.of(task);
                    return new PolicyComparison.Matchup(environment, policy.equals("oracle")
                            ? OptimalPlanner.plan(ScalingMdp.of(environment)).policy() : ThresholdPolicy.defaults());
                }, done -> { });
        ComparisonReport report = ComparisonReport.of(runs, "threshold", optima,
                new StratifiedBootstrap(10_000, 0.99, 3), 2);

        for (Task task : TASKS) {
            ComparisonRow oracle = report.row("oracle", task.id());
            assertTrue(oracle.cumulativeReward().mean().contains(optima.get(task)),
                    () -> task.id() + ": exact " + optima.get(task) + " outside " + oracle.cumulativeReward().mean());
            IntervalEstimate percent = oracle.percentOfOptimal().orElseThrow();
            assertTrue(percent.contains(100) && Math.abs(percent.estimate() - 100) < 1.5,
                    () -> task.id() + ": " + percent);
        }
        IntervalEstimate overall = report.row("oracle", ComparisonRow.ALL_TASKS).percentOfOptimal().orElseThrow();
        assertTrue(overall.contains(100), overall::toString);
        IntervalEstimate improvement = report.row("oracle", ComparisonRow.ALL_TASKS).improvement();
        assertTrue(improvement.low() > 0.5, () -> "the oracle should beat the heuristic clearly: " + improvement);
    }
}
