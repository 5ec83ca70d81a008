package cloudrl.benchmarks;

import cloudrl.api.Observation;
import cloudrl.api.StepResult;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;
import cloudrl.policy.ThresholdPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * One environment on the medium task stepped by the threshold heuristic, resetting when an episode
 * ends: the loop the spec's Python reference times. One operation is one {@code step()}, including
 * its full {@link StepResult} with info and reward components.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SingleEnvBenchmark {

    private CloudEnvironment environment;
    private ThresholdPolicy policy;
    private Observation observation;

    @Setup
    public void start() {
        environment = CloudEnvironment.of(Task.MEDIUM);
        policy = ThresholdPolicy.defaults();
        observation = environment.reset(1).observation();
    }

    @Benchmark
    public StepResult step() {
        StepResult result = environment.step(policy.act(observation));
        observation = result.done() ? environment.reset().observation() : result.observation();
        return result;
    }
}
