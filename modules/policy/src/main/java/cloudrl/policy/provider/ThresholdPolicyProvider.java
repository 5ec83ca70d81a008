package cloudrl.policy.provider;

import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.Policy;
import cloudrl.api.PolicyProvider;
import cloudrl.policy.ThresholdPolicy;

import java.util.List;

/** Offers the reference heuristic as {@code threshold}. */
public final class ThresholdPolicyProvider implements PolicyProvider {

    @Override
    public String id() {
        return "threshold";
    }

    @Override
    public String description() {
        return "add a server above the upper CPU threshold, remove one below the lower (the reference heuristic)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("scaleDownBelow", "40", "CPU percent under which a server is removed, in [0, 100]"),
                new Parameter("scaleUpAbove", "70", "CPU percent over which a server is added, in [scaleDownBelow, 100]"));
    }

    @Override
    public Policy create(long seed, Parameters parameters) {
        double down = parameters.number("scaleDownBelow", 0, 100);
        double up = parameters.number("scaleUpAbove", 0, 100);
        if (up < down) {
            throw parameters.rejected("scaleUpAbove", parameters.text("scaleUpAbove"),
                    "must be in [scaleDownBelow (" + parameters.text("scaleDownBelow") + "), 100]");
        }
        return new ThresholdPolicy(down, up);
    }
}
