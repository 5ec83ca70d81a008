package cloudrl.policy;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.Policy;

/**
 * The reference heuristic: add a server when CPU is above the upper threshold, remove one when it is
 * below the lower threshold, otherwise keep the count. It looks at the latest observation only.
 *
 * @param scaleDownBelow CPU percent under which a server is removed
 * @param scaleUpAbove   CPU percent over which a server is added
 */
public record ThresholdPolicy(double scaleDownBelow, double scaleUpAbove) implements Policy {

    public ThresholdPolicy {
        if (!(scaleDownBelow >= 0 && scaleDownBelow <= 100)) {
            throw new IllegalArgumentException("scaleDownBelow " + scaleDownBelow
                    + " is not allowed: must be in [0, 100]");
        }
        if (!(scaleUpAbove >= scaleDownBelow && scaleUpAbove <= 100)) {
            throw new IllegalArgumentException("scaleUpAbove " + scaleUpAbove + " is not allowed: must be in ["
                    + scaleDownBelow + ", 100]");
        }
    }

    /** The reference thresholds: below 40 % scale down, above 70 % scale up. */
    public static ThresholdPolicy defaults() {
        return new ThresholdPolicy(40, 70);
    }

    @Override
    public Action act(Observation observation) {
        if (observation.cpu() > scaleUpAbove) {
            return Action.INCREASE;
        }
        if (observation.cpu() < scaleDownBelow) {
            return Action.DECREASE;
        }
        return Action.MAINTAIN;
    }
}
