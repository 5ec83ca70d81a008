package cloudrl.policy.provider;

import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.Policy;
import cloudrl.api.PolicyProvider;
import cloudrl.policy.HpaPolicy;

import java.util.List;

/** Offers Kubernetes' horizontal pod autoscaler rule as {@code hpa}. */
public final class HpaPolicyProvider implements PolicyProvider {

    @Override
    public String id() {
        return "hpa";
    }

    @Override
    public String description() {
        return "Kubernetes HPA: desired = ceil(servers x cpu / target), tolerance band, scale-down window, one step at a time";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("target", "60", "CPU percent aimed for, in (0, 100]"),
                new Parameter("tolerance", "0.1", "relative distance from the target that changes nothing, in [0, 1)"),
                new Parameter("window", "5", "steps of recommendations a scale-down looks back over, in [1, 10000]"));
    }

    @Override
    public Policy create(long seed, Parameters parameters) {
        double target = parameters.numberAbove("target", 0, 100);
        double tolerance = parameters.numberBelow("tolerance", 0, 1);
        return new HpaPolicy(target, tolerance, parameters.integer("window", 1, 10_000));
    }
}
