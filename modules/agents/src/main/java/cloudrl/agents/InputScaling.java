package cloudrl.agents;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * An {@link ObservationNormaliser}'s statistics as two tensors, applied on the PyTorch side:
 * {@code clamp((raw - mean) * scale, -5, 5)} for a batch {@code [B, F]} of raw features. Training
 * and the loaded policy normalise through this one method, so both see identical inputs.
 */
final class InputScaling implements AutoCloseable {

    private final NDManager manager;
    private NDArray shift;
    private NDArray scale;

    /** The statistics of {@code normaliser} as they are now, in a sub-manager of {@code parent}. */
    InputScaling(NDManager parent, ObservationNormaliser normaliser) {
        this.manager = parent.newSubManager();
        refresh(normaliser);
    }

    /** Takes the normaliser's current statistics, freeing the previous tensors. */
    void refresh(ObservationNormaliser normaliser) {
        if (shift != null) {
            shift.close();
            scale.close();
        }
        shift = manager.create(normaliser.shift());
        scale = manager.create(normaliser.scale());
    }

    /** The normalised batch, created in {@code scope} (whatever manager {@code raw} belongs to). */
    NDArray apply(NDArray raw, NDManager scope) {
        NDArray shifted = raw.sub(shift);
        // results go to the first operand's manager: move this one into the caller's scope
        shifted.attach(scope);
        return shifted.muli(scale).clip(-ObservationNormaliser.CLIP, ObservationNormaliser.CLIP);
    }

    @Override
    public void close() {
        manager.close();
    }
}
