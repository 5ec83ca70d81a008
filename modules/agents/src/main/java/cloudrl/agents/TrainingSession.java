package cloudrl.agents;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import cloudrl.api.Observation;
import cloudrl.env.VectorEnv;
import cloudrl.torch.PyTorchRuntime;
import cloudrl.torch.TensorVectorEnv;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.SplittableRandom;

/**
 * The part of a training run both agents share: the vector of environments seen through PyTorch
 * tensors, the running observation statistics, the episode returns, the step count and the seeds.
 *
 * <p>Each step goes through the tensor path. The network's input is built from the
 * {@link TensorVectorEnv}'s observation tensor {@code [N, 4]} (which the environments' arrays are
 * copied into in one bulk copy) joined with an elapsed-time column, both over direct buffers that
 * PyTorch reads in place; the actions are written into a direct buffer under an int32 tensor
 * {@code [N]} that the view reads with one copy. No step makes a JNI call per environment.
 *
 * <p>Seeds: the run's seed feeds one {@link SplittableRandom}; its first value seeds the
 * environments, its second PyTorch (the initial weights), and a split of it drives exploration and
 * sampling.
 */
final class TrainingSession implements AutoCloseable {

    final TrainingPlan plan;
    final HyperParameters hyper;
    final int envs;
    final StateFeatures features;
    final NDManager manager;
    final ObservationNormaliser normaliser;
    final EpisodeReturns returns;
    final SplittableRandom random;

    private final VectorEnv environments;
    private final TensorVectorEnv tensors;
    private final IntBuffer actionValues;
    private final NDArray actionTensor;
    private final FloatBuffer elapsedValues;
    private final NDArray elapsedColumn;
    private final boolean[] autoresetNext;
    private final boolean[] valid;
    private final long startNanos;
    private long steps;

    TrainingSession(TrainingPlan plan) {
        this.plan = plan;
        this.hyper = plan.hyperParameters();
        this.envs = hyper.whole("envs");
        this.features = new StateFeatures(hyper.whole("timeFeature") == 1, plan.environment().config().maxSteps());
        SplittableRandom seeds = new SplittableRandom(plan.seed());
        long environmentSeed = seeds.nextLong();
        int torchSeed = (int) (seeds.nextLong() >>> 33);
        this.random = seeds.split();

        Engine engine = PyTorchRuntime.engine();
        // the networks are small: one thread avoids hand-over costs and contention on a busy machine
        JniUtils.setNumThreads(hyper.whole("torchThreads"));
        engine.setRandomSeed(torchSeed);
        this.manager = PyTorchRuntime.newManager();
        this.environments = plan.environment().vectorEnv(envs);
        this.tensors = new TensorVectorEnv(environments, manager);
        ByteBuffer actionBytes = ByteBuffer.allocateDirect(envs * Integer.BYTES).order(ByteOrder.nativeOrder());
        this.actionValues = actionBytes.asIntBuffer();
        this.actionTensor = manager.create(actionBytes, new Shape(envs), DataType.INT32);
        ByteBuffer elapsedBytes = ByteBuffer.allocateDirect(envs * Float.BYTES).order(ByteOrder.nativeOrder());
        this.elapsedValues = elapsedBytes.asFloatBuffer();
        this.elapsedColumn = manager.create(elapsedBytes, new Shape(envs, 1), DataType.FLOAT32);
        this.normaliser = new ObservationNormaliser(features.size());
        this.returns = new EpisodeReturns(envs);
        this.autoresetNext = new boolean[envs];
        this.valid = new boolean[envs];
        tensors.reset(environmentSeed);
        this.startNanos = System.nanoTime();
    }

    /** Environment steps taken so far. */
    long steps() {
        return steps;
    }

    double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    TrainingProgress progress() {
        return new TrainingProgress(steps, plan.steps(), returns.episodes(), returns.recentMean(), elapsedSeconds());
    }

    /** Writes every environment's current raw features into {@code target}, {@code N x F} row-major. */
    void currentFeatures(float[] target) {
        float[] observations = environments.observations();
        for (int i = 0; i < envs; i++) {
            features.write(observations, i * Observation.SIZE, environments.episodeStep(i), target, i * features.size());
        }
    }

    /** The networks' normalised input {@code [N, F]} for the current states, built in {@code scope}. */
    NDArray networkInput(NDManager scope, InputScaling scaling) {
        NDArray observations = tensors.latest().observations();
        if (!features.elapsedTime()) {
            return scaling.apply(observations, scope);
        }
        for (int i = 0; i < envs; i++) {
            elapsedValues.put(i, features.elapsed(environments.episodeStep(i)));
        }
        NDArray joined = observations.concat(elapsedColumn, 1);
        joined.attach(scope);
        return scaling.apply(joined, scope);
    }

    /**
     * Steps every environment with its action and books the rewards into the episode returns.
     * Afterwards {@link #valid()} says which environments really acted (the others autoreset).
     */
    void step(int[] actions) {
        actionValues.put(0, actions);
        tensors.step(actionTensor);
        steps += envs;
        double[] rewards = environments.rewards();
        boolean[] terminated = environments.terminated();
        boolean[] truncated = environments.truncated();
        for (int i = 0; i < envs; i++) {
            valid[i] = !autoresetNext[i];
            boolean ended = terminated[i] || truncated[i];
            if (valid[i]) {
                returns.add(i, rewards[i], ended);
            }
            autoresetNext[i] = ended;
        }
    }

    /** Which environments acted on the last step; false for those that autoreset. The live array. */
    boolean[] valid() {
        return valid;
    }

    double[] rewards() {
        return environments.rewards();
    }

    boolean[] terminated() {
        return environments.terminated();
    }

    boolean[] truncated() {
        return environments.truncated();
    }

    /** Whether the next state's value counts as zero: instability, or the time limit when the network sees the time. */
    boolean terminal(int i) {
        return environments.terminated()[i] || (features.elapsedTime() && environments.truncated()[i]);
    }

    /** The metadata of the model as it stands. */
    AgentMetadata metadata(FeedForwardNetwork.Architecture architecture, String status) {
        TrainingEnvironment environment = plan.environment();
        Engine engine = PyTorchRuntime.engine();
        return new AgentMetadata(plan.agent(), Versions.cloudrl(), Engine.getDjlVersion(), engine.getVersion(),
                environment.task(), environment.workload(), environment.workloadParameters(), environment.reward(),
                environment.rewardParameters(), features, architecture, normaliser.count(), normaliser.mean(),
                normaliser.variance(), hyper, steps, returns.episodes(), plan.seed(), returns.recentMean(), status);
    }

    @Override
    public void close() {
        try {
            tensors.close();
            environments.close();
        } finally {
            manager.close();
        }
    }
}
