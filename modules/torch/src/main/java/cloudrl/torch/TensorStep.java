package cloudrl.torch;

import ai.djl.ndarray.NDArray;

/**
 * What one step of a {@link TensorVectorEnv} returns, as tensors owned by the view: overwritten by
 * the next step and freed when the view is closed. Do not close them; {@code duplicate()} what must
 * be kept.
 *
 * @param observations float32 [N, 4]: {@code [cpu, memory, requestRate, servers]} per environment
 * @param rewards      float32 [N]
 * @param terminated   boolean [N]: the episode ended by instability on this step
 * @param truncated    boolean [N]: the episode reached its time limit on this step
 */
public record TensorStep(NDArray observations, NDArray rewards, NDArray terminated, NDArray truncated) {
}
