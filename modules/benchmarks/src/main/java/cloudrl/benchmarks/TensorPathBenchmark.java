package cloudrl.benchmarks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import cloudrl.env.Task;
import cloudrl.env.VectorEnv;
import cloudrl.policy.ThresholdPolicy;
import cloudrl.torch.PyTorchRuntime;
import cloudrl.torch.TensorStep;
import cloudrl.torch.TensorVectorEnv;
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

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.concurrent.TimeUnit;

/**
 * The tensor path: a {@link TensorVectorEnv} over {@code count} medium-task environments on one
 * thread. Each operation reads the [N, 4] observation tensor, has the heuristic write its actions
 * into an int32 [N] tensor (standing in for a policy network's output), steps through the view and
 * gets the reward and flag tensors back. Compare with {@link VectorEnvBenchmark} at the same count
 * and one thread; one operation is {@code count} environment steps.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Dai.djl.offline=true")
public class TensorPathBenchmark {

    @Param({"4096"})
    public int count;

    private NDManager manager;
    private VectorEnv environments;
    private TensorVectorEnv view;
    private ThresholdActions heuristic;
    private NDArray actions;
    private IntBuffer actionValues;

    @Setup
    public void start() {
        manager = PyTorchRuntime.newManager();
        environments = VectorEnv.of(Task.MEDIUM, count, 1);
        view = new TensorVectorEnv(environments, manager);
        view.reset(1);
        heuristic = new ThresholdActions(ThresholdPolicy.defaults());
        ByteBuffer actionBytes = ByteBuffer.allocateDirect(count * Integer.BYTES).order(ByteOrder.nativeOrder());
        actions = manager.create(actionBytes, new Shape(count), DataType.INT32);
        actionValues = actionBytes.asIntBuffer();
    }

    @Benchmark
    public TensorStep step() {
        FloatBuffer observations = view.latest().observations().toByteBuffer(true).asFloatBuffer();
        heuristic.choose(observations, actionValues);
        return view.step(actions);
    }

    @TearDown
    public void stop() {
        view.close();
        manager.close();
        environments.close();
    }
}
