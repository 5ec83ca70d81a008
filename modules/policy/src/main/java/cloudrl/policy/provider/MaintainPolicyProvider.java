package cloudrl.policy.provider;

import cloudrl.api.Parameters;
import cloudrl.api.Policy;
import cloudrl.api.PolicyProvider;
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
}
