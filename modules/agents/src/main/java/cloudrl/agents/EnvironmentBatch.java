package cloudrl.agents;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import cloudrl.api.Observation;
import cloudrl.env.VectorEnv;
import cloudrl.torch.TensorVectorEnv;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;

/**
 * A vector of environments as the networks see it, through the tensor path. The network's input
 * is built from the {@link TensorVectorEnv}'s observation tensor {@code [N, 4]} (which the
 * environments' arrays are copied into in one bulk copy per step) joined with an elapsed-time
 * column, both over direct buffers that PyTorch reads in place; the actions are written into a
 * direct buffer under an int32 tensor {@code [N]} that the view reads with one copy. No step makes
 * a JNI call per environment.
 *
 * <p>It also keeps track of the vector environment's next-step autoreset: after a step on which an
 * environment's episode ended, that environment's next step ignores its action and only starts a
 * new episode, so it is not {@linkplain #valid() valid}.
 */
final class EnvironmentBatch implements AutoCloseable {

    private final int envs;
    private final StateFeatures features;
    private final VectorEnv environments;
    private final TensorVectorEnv tensors;
    private final IntBuffer actionValues;
    private final NDArray actionTensor;
    private final FloatBuffer elapsedValues;
    private final NDArray elapsedColumn;
    private final boolean[] autoresetNext;
    private final boolean[] valid;
    private final ObservationHistory history;
    private final float[] stacked;

    /** {@code envs} environments of {@code environment}, their tensors in a sub-manager of {@code manager}. */
    EnvironmentBatch(TrainingEnvironment environment, int envs, StateFeatures features, NDManager manager) {
        this.envs = envs;
        this.features = features;
        this.environments = environment.vectorEnv(envs);
        this.tensors = new TensorVectorEnv(environments, manager);
        ByteBuffer actionBytes = ByteBuffer.allocateDirect(envs * Integer.BYTES).order(ByteOrder.nativeOrder());
        this.actionValues = actionBytes.asIntBuffer();
        this.actionTensor = manager.create(actionBytes, new Shape(envs), DataType.INT32);
        ByteBuffer elapsedBytes = ByteBuffer.allocateDirect(envs * Float.BYTES).order(ByteOrder.nativeOrder());
        this.elapsedValues = elapsedBytes.asFloatBuffer();
        this.elapsedColumn = manager.create(elapsedBytes, new Shape(envs, 1), DataType.FLOAT32);
        this.autoresetNext = new boolean[envs];
        this.valid = new boolean[envs];
        this.history = new ObservationHistory(envs, features.history(), features.observationSize());
        this.stacked = features.history() > 1 ? new float[envs * features.size()] : null;
    }

    int size() {
        return envs;
    }

    /** Starts a new episode in every environment, seeded as {@link VectorEnv#reset(long)} does. */
    void reset(long seed) {
        tensors.reset(seed);
        java.util.Arrays.fill(autoresetNext, false);
        float[] observations = environments.observations();
        for (int i = 0; i < envs; i++) {
            history.start(i, observations, i * features.observationSize());
        }
    }

    /** Writes every environment's current raw features into {@code target}, {@code N x F} row-major. */
    void currentFeatures(float[] target) {
        for (int i = 0; i < envs; i++) {
            features.write(history, i, environments.episodeStep(i), target, i * features.size());
        }
    }

    /** The networks' normalised input {@code [N, F]} for the current states, built in {@code scope}. */
    NDArray networkInput(NDManager scope, InputScaling scaling) {
        if (stacked != null) {
            // stacked observations are assembled here, not in the tensor view, which holds the latest only
            currentFeatures(stacked);
            return scaling.apply(scope.create(stacked, new Shape(envs, features.size())), scope);
        }
        NDArray observations = tensors.latest().observations();
        if (!features.elapsedTime()) {
            return scaling.apply(observations, scope);
        }
        for (int i = 0; i < envs; i++) {
            elapsedValues.put(i, features.elapsed(environments.episodeStep(i)));
        }
        NDArray joined = observations.concat(elapsedColumn, 1);
        // results go to the first operand's manager, the view's: move this one into the scope
        joined.attach(scope);
        return scaling.apply(joined, scope);
    }

    /** Steps every environment with its action ({@code 0, 1, 2}). */
    void step(int[] actions) {
        actionValues.put(0, actions);
        tensors.step(actionTensor);
        boolean[] terminated = environments.terminated();
        boolean[] truncated = environments.truncated();
        float[] observations = environments.observations();
        for (int i = 0; i < envs; i++) {
            valid[i] = !autoresetNext[i];
            autoresetNext[i] = terminated[i] || truncated[i];
            // a step that only autoreset starts a new episode, whose history starts afresh
            if (valid[i]) {
                history.push(i, observations, i * features.observationSize());
            } else {
                history.start(i, observations, i * features.observationSize());
            }
        }
    }

    /** Which environments acted on the last step; false for those that only autoreset. The live array. */
    boolean[] valid() {
        return valid;
    }

    /** The last step's rewards. The live array. */
    double[] rewards() {
        return environments.rewards();
    }

    /** Whether environment {@code i}'s episode ended on the last step, for either reason. */
    boolean ended(int i) {
        return environments.terminated()[i] || environments.truncated()[i];
    }

    /** Whether the next state's value counts as zero: instability, or the time limit when the network sees the time. */
    boolean terminal(int i) {
        return environments.terminated()[i] || (features.elapsedTime() && environments.truncated()[i]);
    }

    @Override
    public void close() {
        tensors.close();
        environments.close();
    }
}
