package cloudrl.oracle;

import cloudrl.api.Action;
import cloudrl.api.Observation;

/**
 * A deterministic choice of action from the step count and the observation: the shape of every
 * policy {@link PolicyEvaluation} can evaluate exactly.
 */
@FunctionalInterface
public interface DecisionRule {

    /** The action after {@code step} steps (0 at reset) in the state {@code observation}. */
    Action act(int step, Observation observation);
}
