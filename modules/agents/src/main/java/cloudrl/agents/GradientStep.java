package cloudrl.agents;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies the gradients a backward pass left on some parameters with Adam, after scaling them down
 * to a maximum global norm. DJL's PyTorch Adam update also clears each gradient, so the next
 * backward pass starts from zero.
 */
final class GradientStep {

    private final Optimizer adam;
    private final List<Parameter> parameters;
    private final float maxNorm;

    /**
     * @param maxNorm largest global gradient norm; 0 leaves gradients as they are
     */
    GradientStep(List<Parameter> parameters, double learningRate, double maxNorm) {
        this.parameters = List.copyOf(parameters);
        this.adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) learningRate)).build();
        this.maxNorm = (float) maxNorm;
    }

    /** Updates every parameter from its gradient; temporary arrays go to {@code scope}. */
    void apply(NDManager scope) {
        List<NDArray> gradients = new ArrayList<>(parameters.size());
        for (Parameter parameter : parameters) {
            NDArray gradient = parameter.getArray().getGradient();
            // each call hands out a new handle, attached to the parameter's manager: keep it in the scope
            gradient.attach(scope);
            gradients.add(gradient);
        }
        if (maxNorm > 0) {
            NDArray squares = null;
            for (NDArray gradient : gradients) {
                NDArray sum = gradient.square().sum();
                squares = squares == null ? sum : squares.add(sum);
            }
            double norm = Math.sqrt(squares.getFloat());
            if (norm > maxNorm) {
                float factor = (float) (maxNorm / (norm + 1e-6));
                for (NDArray gradient : gradients) {
                    gradient.muli(factor);
                }
            }
        }
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            adam.update(parameter.getId(), parameter.getArray(), gradients.get(i));
        }
    }
}
