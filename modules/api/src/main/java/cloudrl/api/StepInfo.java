package cloudrl.api;

import java.util.Map;

/**
 * Diagnostics that accompany an observation but are not part of it (Gymnasium's {@code info}).
 *
 * @param step             steps taken since the last reset (0 right after a reset)
 * @param latency          requests per server this step
 * @param rewardComponents the named parts the step's reward was built from; empty after a reset
 * @param fleet            what the fleet did beyond the observation, by name, in a fixed order:
 *                         {@code bootingServers}, {@code stepCost}, {@code costSoFar}, and where the
 *                         scenario has them {@code budgetLeft}, {@code violations}; empty in the reference
 */
public record StepInfo(int step, double latency, Map<String, Double> rewardComponents, Map<String, Double> fleet) {

    public StepInfo {
        if (step < 0) {
            throw new IllegalArgumentException("step " + step + " is negative");
        }
        // a breakdown's parts are kept as they are, not copied on every step (OrderedValues)
        rewardComponents = OrderedValues.copyOf(rewardComponents);
        fleet = OrderedValues.copyOf(fleet);
    }

    /** The info of a reference step, which reports nothing about the fleet beyond the observation. */
    public StepInfo(int step, double latency, Map<String, Double> rewardComponents) {
        this(step, latency, rewardComponents, Map.of());
    }
}
