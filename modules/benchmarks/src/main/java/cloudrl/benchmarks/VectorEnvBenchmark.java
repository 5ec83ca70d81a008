package cloudrl.benchmarks;

import cloudrl.env.VectorEnv;
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

    private HeuristicBatch batch;

    @Setup
    public void start() {
        batch = new HeuristicBatch(count, threads);
    }

    @Benchmark
    public double[] step() {
        return batch.step();
    }

    @TearDown
    public void stop() {
        batch.close();
    }
}
