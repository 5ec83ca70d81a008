package cloudrl.api;

import java.util.Map;

/**
 * Diagnostics that accompany an observation but are not part of it (Gymnasium's {@code info}).
 *
 * @param step             steps taken since the last reset (0 right after a reset)
 * @param latency          requests per server this step
 * @param rewardComponents the named parts the step's reward was built from; empty after a reset
 */
public record StepInfo(int step, double latency, Map<String, Double> rewardComponents) {

    public StepInfo {
        if (step < 0) {
            throw new IllegalArgumentException("step " + step + " is negative");
        }
        rewardComponents = Map.copyOf(rewardComponents);
    }
}
