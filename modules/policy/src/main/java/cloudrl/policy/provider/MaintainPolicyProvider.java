package cloudrl.policy.provider;

import cloudrl.api.Parameters;
import cloudrl.api.Policy;
import cloudrl.api.PolicyContext;
import cloudrl.api.PolicyProvider;
import cloudrl.policy.ScaleTowards;
import cloudrl.policy.MaintainPolicy;

/** Offers the policy that never scales as {@code maintain}. */
public final class MaintainPolicyProvider implements PolicyProvider {

    @Override
    public String id() {
        return "maintain";
    }

    @Override
    public String description() {
        return "never changes the number of servers";
    }

    @Override
    public Policy create(long seed, Parameters parameters) {
        return new MaintainPolicy();
    }

    /** The heuristic acting through the context's action scheme. */
    @Override
    public Policy create(long seed, Parameters parameters, PolicyContext context) {
        return ScaleTowards.of(create(seed, parameters), context);
    }
}
