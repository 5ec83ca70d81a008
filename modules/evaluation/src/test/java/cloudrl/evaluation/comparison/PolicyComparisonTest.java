package cloudrl.evaluation.comparison;

import cloudrl.api.Action;
import cloudrl.api.Policy;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;
import cloudrl.evaluation.Evaluation;
import cloudrl.evaluation.statistics.AggregateMetric;
import cloudrl.evaluation.statistics.IntervalEstimate;
import cloudrl.evaluation.statistics.StratifiedBootstrap;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyComparisonTest {

    private static final List<Task> TASKS = List.of(Task.EASY, Task.MEDIUM, Task.HARD);
    private static final StratifiedBootstrap BOOTSTRAP = new StratifiedBootstrap(1_000, 0.95, 11);

    /** The reference heuristic, written out so that two names can play it. */
    private static Policy heuristic() {
        return observation -> observation.cpu() > 70 ? Action.INCREASE
                : observation.cpu() < 40 ? Action.DECREASE : Action.MAINTAIN;
    }

    private static PolicyComparison.Matchup matchup(String policy, Task task, long seed) {
        Policy chosen = switch (policy) {
            case "heuristic", "twin" -> heuristic();
            case "maintain" -> observation -> Action.MAINTAIN;
            case "grow" -> observation -> observation.cpu() > 50 ? Action.INCREASE : Action.MAINTAIN;
            default -> throw new IllegalArgumentException("unknown policy '" + policy + "'");
        };
        return new PolicyComparison.Matchup(CloudEnvironment.of(task), chosen);
    }

    private static ComparisonRuns play(List<String> policies, int threads) {
        return new PolicyComparison(new Evaluation(), threads).play(policies, TASKS, 60, 5,
                PolicyComparisonTest::matchup, done -> { });
    }

    @Test
    void everyPolicyFacesTheSameSeedsSoTwinsGetTheSameFiguresAndImproveWithProbabilityOneHalf() {
        ComparisonRuns runs = play(List.of("heuristic", "twin", "maintain"), 2);
        for (Task task : TASKS) {
            assertArrayEquals(runs.results("heuristic", task).cumulativeRewards(),
                    runs.results("twin", task).cumulativeRewards(), task.id());
        }
        ComparisonReport report = ComparisonReport.of(runs, "heuristic", Map.of(), BOOTSTRAP, 2);
        for (String task : List.of("easy", "medium", "hard", ComparisonRow.ALL_TASKS)) {
            ComparisonRow heuristic = report.row("heuristic", task);
            ComparisonRow twin = report.row("twin", task);
            assertEquals(heuristic.cumulativeReward(), twin.cumulativeReward(), task);
            assertEquals(heuristic.finalScore(), twin.finalScore(), task);
            assertEquals(new IntervalEstimate(0.5, 0.5, 0.5), twin.improvement(), task);
            assertEquals(new IntervalEstimate(0.5, 0.5, 0.5), heuristic.improvement(), task);
        }
        assertEquals(report.profiles().byPolicy().get("heuristic"), report.profiles().byPolicy().get("twin"));
    }

    @Test
    void theFiguresDoNotDependOnTheNumberOfThreads() {
        List<String> policies = List.of("heuristic", "maintain", "grow");
        ComparisonReport one = ComparisonReport.of(play(policies, 1), "heuristic", Map.of(Task.EASY, 82.0,
                Task.MEDIUM, 80.0, Task.HARD, 74.0), BOOTSTRAP, 1);
        ComparisonReport three = ComparisonReport.of(play(policies, 3), "heuristic", Map.of(Task.EASY, 82.0,
                Task.MEDIUM, 80.0, Task.HARD, 74.0), BOOTSTRAP, 3);
        assertEquals(one.rows(), three.rows());
        assertEquals(one.profiles(), three.profiles());
    }

    @Test
    void rowsComeTaskByTaskThenOverAllTasksAndAgreeWithTheGeneralBootstrap() {
        ComparisonRuns runs = play(List.of("heuristic", "maintain"), 2);
        ComparisonReport report = ComparisonReport.of(runs, "heuristic", Map.of(), BOOTSTRAP, 2);
        List<String> order = new ArrayList<>();
        report.rows().forEach(row -> order.add(row.task() + "/" + row.policy()));
        assertEquals(List.of("easy/heuristic", "easy/maintain", "medium/heuristic", "medium/maintain", "hard/heuristic",
                "hard/maintain", "all/heuristic", "all/maintain"), order);
        IntervalEstimate expected = BOOTSTRAP.interval(runs.cumulativeRewards("maintain"), AggregateMetric.mean());
        IntervalEstimate actual = report.row("maintain", ComparisonRow.ALL_TASKS).cumulativeReward().mean();
        assertEquals(expected.estimate(), actual.estimate(), 1e-9);
        assertEquals(expected.low(), actual.low(), 1e-9);
        assertEquals(expected.high(), actual.high(), 1e-9);
        assertTrue(report.row("maintain", "easy").optimalReturn().isEmpty());
        assertTrue(report.row("maintain", "easy").percentOfOptimal().isEmpty());
        assertEquals(PerformanceProfiles.Measure.CUMULATIVE_REWARD, report.profiles().measure());
    }

    @Test
    void percentOfOptimalScalesTheMeanAndAveragesOverTasks() {
        ComparisonRuns runs = play(List.of("heuristic", "grow"), 2);
        Map<Task, Double> optima = Map.of(Task.EASY, 50.0, Task.MEDIUM, 80.0, Task.HARD, 100.0);
        ComparisonReport report = ComparisonReport.of(runs, "heuristic", optima, BOOTSTRAP, 2);
        double sum = 0;
        for (Task task : TASKS) {
            ComparisonRow row = report.row("grow", task.id());
            IntervalEstimate percent = row.percentOfOptimal().orElseThrow();
            double optimum = optima.get(task);
            assertEquals(100 * row.cumulativeReward().mean().estimate() / optimum, percent.estimate(), 1e-9);
            assertEquals(100 * row.cumulativeReward().mean().low() / optimum, percent.low(), 1e-9);
            assertEquals(optimum, row.optimalReturn().orElseThrow());
            sum += percent.estimate();
        }
        IntervalEstimate overall = report.row("grow", ComparisonRow.ALL_TASKS).percentOfOptimal().orElseThrow();
        assertEquals(sum / 3, overall.estimate(), 1e-9);
        assertTrue(overall.low() <= overall.estimate() && overall.estimate() <= overall.high());
        assertEquals(PerformanceProfiles.Measure.PERCENT_OF_OPTIMAL, report.profiles().measure());
        List<IntervalEstimate> profile = report.profiles().byPolicy().get("grow");
        assertEquals(ComparisonReport.PROFILE_POINTS, profile.size());
        assertEquals(1.0, profile.get(0).estimate(), "every episode earns more than 0 % of optimal");
        for (int i = 1; i < profile.size(); i++) {
            assertTrue(profile.get(i).estimate() <= profile.get(i - 1).estimate(), "a profile never rises");
        }
    }

    @Test
    void everyTaskHasSeedsOfItsOwnWhicheverTasksAreCompared() {
        ComparisonRuns all = play(List.of("maintain"), 1);
        ComparisonRuns hardOnly = new PolicyComparison(new Evaluation(), 1).play(List.of("maintain"), List.of(Task.HARD),
                60, 5, PolicyComparisonTest::matchup, done -> { });
        assertArrayEquals(all.results("maintain", Task.HARD).cumulativeRewards(),
                hardOnly.results("maintain", Task.HARD).cumulativeRewards());
        long easy = PolicyComparison.taskSeed(5, Task.EASY);
        assertTrue(easy != PolicyComparison.taskSeed(5, Task.MEDIUM) && easy != PolicyComparison.taskSeed(6, Task.EASY));
        // on easy the service never fails, so each episode's reward follows its traffic: different seeds, different rewards
        double[] easyRewards = all.results("maintain", Task.EASY).cumulativeRewards();
        double[] again = new PolicyComparison(new Evaluation(), 1).play(List.of("maintain"), List.of(Task.EASY), 60, 6,
                PolicyComparisonTest::matchup, done -> { }).results("maintain", Task.EASY).cumulativeRewards();
        assertTrue(!Arrays.equals(easyRewards, again));
    }

    @Test
    void progressCountsEveryEpisodeAndEveryPolicySummarisedOnce() {
        AtomicInteger last = new AtomicInteger();
        new PolicyComparison(new Evaluation(), 2).play(List.of("heuristic", "maintain"), TASKS, 7, 1,
                PolicyComparisonTest::matchup, done -> last.accumulateAndGet(done, Math::max));
        assertEquals(2 * 3 * 7, last.get());
        AtomicInteger summarised = new AtomicInteger();
        ComparisonReport.of(play(List.of("heuristic", "maintain", "grow"), 2), "heuristic", Map.of(), BOOTSTRAP, 2,
                done -> summarised.accumulateAndGet(done, Math::max));
        assertEquals(3, summarised.get());
    }

    @Test
    void badListsAndBaselinesAreRejected() {
        PolicyComparison comparison = new PolicyComparison(new Evaluation(), 1);
        assertEquals("a comparison needs at least one entry in policies, got none",
                assertThrows(IllegalArgumentException.class, () -> comparison.play(List.of(), TASKS, 3, 1,
                        PolicyComparisonTest::matchup, done -> { })).getMessage());
        assertEquals("policies lists 'maintain' twice: list each once",
                assertThrows(IllegalArgumentException.class, () -> comparison.play(List.of("maintain", "maintain"),
                        TASKS, 3, 1, PolicyComparisonTest::matchup, done -> { })).getMessage());
        assertEquals("unknown policy 'smart'", assertThrows(IllegalArgumentException.class,
                () -> comparison.play(List.of("smart"), TASKS, 3, 1, PolicyComparisonTest::matchup, done -> { }))
                .getMessage());
        ComparisonRuns runs = play(List.of("maintain"), 1);
        assertEquals("policy 'heuristic' was not compared: the policies are maintain",
                assertThrows(IllegalArgumentException.class,
                        () -> ComparisonReport.of(runs, "heuristic", Map.of(), BOOTSTRAP, 1)).getMessage());
    }
}
