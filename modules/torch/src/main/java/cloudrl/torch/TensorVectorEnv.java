package cloudrl.torch;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import cloudrl.api.Observation;
import cloudrl.env.VectorEnv;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Objects;

/**
 * A {@link VectorEnv} seen through PyTorch tensors. Each step takes the actions as one integer
 * tensor [N] and publishes the observations as one float32 tensor [N, 4], the rewards as float32 [N]
 * and the two end flags as boolean [N].
 *
 * <p>The output tensors are made once, over direct buffers that PyTorch reads in place; a step
 * copies the vector environment's arrays into those buffers, one bulk copy per batch, and reads the
 * actions with one copy too. So a step creates no tensor and no DJL object, and a run of any length
 * holds the same few native buffers: everything lives in a sub-manager of the manager given, freed
 * by {@link #close()} (or by closing that manager).
 *
 * <p>The published tensors are live views, overwritten by the next step; {@code duplicate()} what
 * must be kept, and never close them. Autoreset, seeds and threads are the vector environment's.
 * Not thread-safe.
 */
public final class TensorVectorEnv implements AutoCloseable {

    private final VectorEnv environments;
    private final int count;
    private final NDManager manager;

    private final FloatBuffer observationValues;
    private final FloatBuffer rewardValues;
    private final ByteBuffer terminatedFlags;
    private final ByteBuffer truncatedFlags;
    private final TensorStep published;
    private final int[] actions;

    /**
     * @param environments the vector environment to step; the view does not close it
     * @param parent       the manager whose sub-manager will own the view's tensors
     */
    public TensorVectorEnv(VectorEnv environments, NDManager parent) {
        this.environments = Objects.requireNonNull(environments, "environments");
        this.count = environments.count();
        this.manager = Objects.requireNonNull(parent, "parent").newSubManager();
        this.actions = new int[count];
        ByteBuffer observationBytes = direct(count * environments.observationSize() * Float.BYTES);
        ByteBuffer rewardBytes = direct(count * Float.BYTES);
        this.terminatedFlags = direct(count);
        this.truncatedFlags = direct(count);
        this.observationValues = observationBytes.asFloatBuffer();
        this.rewardValues = rewardBytes.asFloatBuffer();
        this.published = new TensorStep(
                manager.create(observationBytes, new Shape(count, environments.observationSize()), DataType.FLOAT32),
                manager.create(rewardBytes, new Shape(count), DataType.FLOAT32),
                manager.create(terminatedFlags, new Shape(count), DataType.BOOLEAN),
                manager.create(truncatedFlags, new Shape(count), DataType.BOOLEAN));
    }

    private static ByteBuffer direct(int bytes) {
        return ByteBuffer.allocateDirect(bytes).order(ByteOrder.nativeOrder());
    }

    /** The vector environment behind the view. */
    public VectorEnv environments() {
        return environments;
    }

    /** Resets every environment as {@link VectorEnv#reset(long)} does and returns the observations [N, 4]. */
    public NDArray reset(long seed) {
        environments.reset(seed);
        publish();
        return published.observations();
    }

    /** Resets every environment as {@link VectorEnv#reset()} does and returns the observations [N, 4]. */
    public NDArray reset() {
        environments.reset();
        publish();
        return published.observations();
    }

    /**
     * Steps every environment with its action from {@code actions}, an int32 or int64 tensor of shape
     * [N] on the CPU holding 0 (decrease), 1 (maintain) or 2 (increase).
     *
     * @return the live output tensors (the same objects on every call)
     * @throws IllegalArgumentException when {@code actions} has another shape or type, or an invalid action
     */
    public TensorStep step(NDArray actions) {
        readActions(actions);
        environments.step(this.actions);
        publish();
        return published;
    }

    /** The live output tensors of the latest reset or step. */
    public TensorStep latest() {
        return published;
    }

    private void readActions(NDArray tensor) {
        Shape shape = tensor.getShape();
        if (shape.dimension() != 1 || shape.get(0) != count) {
            throw new IllegalArgumentException("actions has shape " + shape + " but must have shape (" + count
                    + "), one action per environment");
        }
        DataType type = tensor.getDataType();
        if (type != DataType.INT32 && type != DataType.INT64) {
            throw new IllegalArgumentException("actions has type " + type + " but must be int32 or int64");
        }
        // A buffer over the tensor's own memory (no copy on the native side), then one copy into the
        // action array; DJL asks the native side for shape, type and layout once per tensor.
        ByteBuffer data = tensor.toByteBuffer(true);
        if (type == DataType.INT32) {
            data.asIntBuffer().get(0, this.actions);
            return;
        }
        for (int i = 0; i < count; i++) {
            long action = data.getLong(i * Long.BYTES);
            if (action < 0 || action >= environments.actionSpace().n()) {
                throw new IllegalArgumentException("for environment " + i + ": "
                        + environments.actionSpace().invalid(action));
            }
            this.actions[i] = (int) action;
        }
    }

    private void publish() {
        observationValues.put(0, environments.observations());
        double[] rewards = environments.rewards();
        boolean[] terminated = environments.terminated();
        boolean[] truncated = environments.truncated();
        for (int i = 0; i < count; i++) {
            rewardValues.put(i, (float) rewards[i]);
            terminatedFlags.put(i, terminated[i] ? (byte) 1 : (byte) 0);
            truncatedFlags.put(i, truncated[i] ? (byte) 1 : (byte) 0);
        }
    }

    /** Frees the view's tensors; the vector environment stays open. */
    @Override
    public void close() {
        manager.close();
    }
}
