package cloudrl.agents;

import java.nio.file.Path;

/**
 * How a training run ended and what it wrote.
 *
 * @param progress    where it stood at the end
 * @param interrupted whether it was stopped before its steps were done
 * @param model       the directory holding the saved model
 * @param curveCsv    the learning curve as CSV
 * @param curvePng    the learning curve as a chart
 */
public record TrainingOutcome(TrainingProgress progress, boolean interrupted, Path model, Path curveCsv, Path curvePng) {
}
