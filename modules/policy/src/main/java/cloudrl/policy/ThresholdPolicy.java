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
        // written without branches: whether CPU is past a threshold is close to a coin toss, and a
        // mispredicted branch costs about as much as a fifth of the environment's step
        double cpu = observation.cpu();
        int up = cpu > scaleUpAbove ? 1 : 0;
        int down = cpu < scaleDownBelow ? 1 : 0;
        return Action.of(Action.MAINTAIN.index() + up - down);
    }
}
