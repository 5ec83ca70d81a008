package cloudrl.benchmarks;

import cloudrl.env.Task;
import cloudrl.env.VectorEnv;
import cloudrl.policy.ThresholdPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * {@code count} environments of the medium task in one {@link VectorEnv}, the heuristic choosing
 * every action from the observation array. One operation is one batch step, i.e. {@code count}
 * environment steps: multiply the score by {@code count} for env-steps per second (the preset
 * does).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class VectorEnvBenchmark {

    @Param({"1", "64", "4096", "65536"})
    public int count;

    @Param({"1", "2"})
    public int threads;

    private VectorEnv environments;
    private ThresholdActions heuristic;
    private int[] actions;

    @Setup
    public void start() {
        environments = VectorEnv.of(Task.MEDIUM, count, threads);
        environments.reset(1);
        heuristic = new ThresholdActions(ThresholdPolicy.defaults());
        actions = new int[count];
    }

    @Benchmark
    public double[] step() {
        heuristic.choose(environments.observations(), actions);
        environments.step(actions);
        return environments.rewards();
    }

    @TearDown
    public void stop() {
        environments.close();
    }
}
