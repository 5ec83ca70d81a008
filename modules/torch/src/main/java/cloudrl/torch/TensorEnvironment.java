package cloudrl.torch;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import cloudrl.api.Action;
import cloudrl.api.Box;
import cloudrl.api.Discrete;
import cloudrl.api.Environment;
import cloudrl.api.ResetResult;
import cloudrl.api.StepResult;

import java.util.Objects;

/**
 * An environment that can also hand its current state to PyTorch. It behaves exactly like the
 * environment it wraps and remembers the latest observation, which {@link #stateTensor(NDManager)}
 * returns as a tensor.
 *
 * <p>Each call creates one small tensor, which costs far more than a step (a JNI call and DJL's
 * bookkeeping): fine for inspecting one environment, but train on {@link TensorVectorEnv}, which
 * hands over a whole batch at once.
 */
public final class TensorEnvironment implements Environment {

    private final Environment environment;
    private final float[] state;
    private boolean hasState;

    public TensorEnvironment(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.state = new float[environment.observationSpace().dimension()];
    }

    /** The wrapped environment. */
    public Environment environment() {
        return environment;
    }

    @Override
    public Box observationSpace() {
        return environment.observationSpace();
    }

    @Override
    public Discrete actionSpace() {
        return environment.actionSpace();
    }

    @Override
    public ResetResult reset(long seed) {
        return remember(environment.reset(seed));
    }

    @Override
    public ResetResult reset() {
        return remember(environment.reset());
    }

    @Override
    public StepResult step(Action action) {
        StepResult result = environment.step(action);
        result.observation().copyInto(state, 0);
        hasState = true;
        return result;
    }

    private ResetResult remember(ResetResult result) {
        result.observation().copyInto(state, 0);
        hasState = true;
        return result;
    }

    /**
     * The current observation (the reference {@code [cpu, memory, requestRate, servers]}, then the
     * scenario's features) as a float32 tensor of shape [dimension], created in {@code manager}; closing that manager frees it.
     *
     * @throws IllegalStateException before the first reset
     */
    public NDArray stateTensor(NDManager manager) {
        if (!hasState) {
            throw new IllegalStateException("stateTensor() called before reset(): call reset() first");
        }
        return manager.create(state);
    }
}
