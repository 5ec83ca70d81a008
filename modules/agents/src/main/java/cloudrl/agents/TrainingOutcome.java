package cloudrl.agents;

import java.nio.file.Path;

/**
 * How a training run ended and what it wrote.
 *
 * @param progress         where it stood at the end
 * @param interrupted      whether it was stopped before its steps were done
 * @param selectedAtSteps  the step count at which the saved weights were taken
 * @param evaluationReturn their mean greedy return on the run's evaluation episodes (NaN without evaluation)
 * @param model            the directory holding the saved model
 * @param curveCsv         the learning curve as CSV
 * @param curvePng         the learning curve as a chart
 */
public record TrainingOutcome(TrainingProgress progress, boolean interrupted, long selectedAtSteps,
                              double evaluationReturn, Path model, Path curveCsv, Path curvePng) {
}
