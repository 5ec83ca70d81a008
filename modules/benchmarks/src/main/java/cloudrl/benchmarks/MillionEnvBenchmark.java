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
 * A million environments in one {@link VectorEnv}, in a JVM whose heap is capped at 512 MB: that the
 * fork runs at all shows they fit; the score (batch steps per second, times a million for
 * env-steps) shows they still step at full speed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class MillionEnvBenchmark {

    /** Environments in the batch. */
    public static final int COUNT = 1_000_000;

    @Param({"2"})
    public int threads;

    private HeuristicBatch batch;

    @Setup
    public void start() {
        batch = new HeuristicBatch(COUNT, threads);
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
