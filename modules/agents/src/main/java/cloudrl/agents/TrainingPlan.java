package cloudrl.agents;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One training run: which agent, with which hyper-parameters, on what, for how long, from which
 * seed, and where the model and the learning curve go.
 *
 * @param hyperParameters the agent and its hyper-parameters
 * @param environment     what to train on
 * @param steps           environment steps to train for (summed over the parallel environments), at least 1
 * @param seed            seeds the environments, the exploration and PyTorch's initial weights
 * @param out             directory the model and the learning curve are written to
 * @param references      returns to draw across the learning-curve chart, such as the oracle's optimum
 * @param resumeFrom      a checkpoint (a model directory or a training output directory) to continue
 *                        from, or {@code null} to start afresh; see {@link Training}
 */
public record TrainingPlan(HyperParameters hyperParameters, TrainingEnvironment environment, long steps, long seed,
                           Path out, List<ReferenceLine> references, Path resumeFrom) {

    public TrainingPlan {
        Objects.requireNonNull(hyperParameters, "hyperParameters");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(out, "out");
        references = List.copyOf(references);
        if (steps < 1) {
            throw new IllegalArgumentException("steps " + steps + " is not allowed: must be at least 1");
        }
    }

    /** A plan that starts afresh. */
    public TrainingPlan(HyperParameters hyperParameters, TrainingEnvironment environment, long steps, long seed, Path out,
                        List<ReferenceLine> references) {
        this(hyperParameters, environment, steps, seed, out, references, null);
    }

    /** A plan without reference lines. */
    public TrainingPlan(HyperParameters hyperParameters, TrainingEnvironment environment, long steps, long seed, Path out) {
        this(hyperParameters, environment, steps, seed, out, List.of());
    }

    /** The agent trained. */
    public AgentKind agent() {
        return hyperParameters.agent();
    }
}
