package cloudrl.benchmarks;

import cloudrl.api.Policy;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;
import cloudrl.evaluation.Evaluation;
import cloudrl.evaluation.comparison.ComparisonReport;
import cloudrl.evaluation.comparison.ComparisonRuns;
import cloudrl.evaluation.comparison.PolicyComparison;
import cloudrl.evaluation.statistics.StratifiedBootstrap;
import cloudrl.oracle.OptimalPlanner;
import cloudrl.oracle.ScalingMdp;
import cloudrl.policy.HpaPolicy;
import cloudrl.policy.MaintainPolicy;
import cloudrl.policy.RandomPolicy;
import cloudrl.policy.ThresholdPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The work of the README's results run, without the command line: five policies (threshold, hpa, maintain, random,
 * oracle) on the three tasks, 1000 episodes each. {@link #episodes} plays them; {@link #statistics}
 * computes every interval of the report from played episodes (three bootstrap summaries of 10 000
 * replicates per policy). One operation is a whole run, in milliseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class ComparisonBenchmark {

    private static final List<String> POLICIES = List.of("threshold", "hpa", "maintain", "random", "oracle");
    private static final List<Task> TASKS = List.of(Task.EASY, Task.MEDIUM, Task.HARD);
    private static final int EPISODES = 1000;
    private static final long SEED = 7;

    @Param({"1", "2"})
    public int threads;

    private ComparisonRuns runs;
    private Map<Task, Double> optima;

    @Setup(Level.Trial)
    public void start() {
        optima = new EnumMap<>(Task.class);
        for (Task task : TASKS) {
            optima.put(task, OptimalPlanner.plan(ScalingMdp.of(CloudEnvironment.of(task))).expectedReturn());
        }
        runs = episodes();
    }

    @Benchmark
    public ComparisonRuns episodes() {
        return new PolicyComparison(new Evaluation(), threads).play(POLICIES, TASKS, EPISODES, SEED,
                (policy, task, seed) -> {
                    CloudEnvironment environment = CloudEnvironment.of(task);
                    return new PolicyComparison.Matchup(environment, policy(policy, environment, seed));
                }, done -> { });
    }

    @Benchmark
    public ComparisonReport statistics() {
        return ComparisonReport.of(runs, "threshold", optima, StratifiedBootstrap.withSeed(SEED), threads);
    }

    private static Policy policy(String name, CloudEnvironment environment, long seed) {
        return switch (name) {
            case "threshold" -> ThresholdPolicy.defaults();
            case "hpa" -> new HpaPolicy(60, 0.1, 5);
            case "maintain" -> new MaintainPolicy();
            case "random" -> new RandomPolicy(seed);
            case "oracle" -> OptimalPlanner.plan(ScalingMdp.of(environment)).policy();
            default -> throw new IllegalArgumentException("no policy " + name);
        };
    }
}
