package cloudrl.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.concurrent.TimeUnit;

/** {@link cloudrl.env.VectorEnv} on each built-in scenario: 4096 environments, 1 thread, the threshold heuristic. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScenarioBenchmark {

    /** Environments per batch. */
    public static final int COUNT = 4096;

    @Param({"reference", "boot-delay", "diurnal-boot", "multi-step", "instance-types", "budget", "sla", "nasa-boot", "twitter-boot"})
    public String scenario;

    private ScenarioBatch batch;

    @Setup
    public void start() {
        batch = new ScenarioBatch(scenario, COUNT, 1);
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
