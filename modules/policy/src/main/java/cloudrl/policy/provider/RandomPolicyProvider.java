package cloudrl.policy.provider;

import cloudrl.api.Parameters;
import cloudrl.api.Policy;
import cloudrl.api.PolicyContext;
import cloudrl.api.PolicyProvider;
import cloudrl.policy.RandomPolicy;

/** Offers the uniformly random policy as {@code random}, seeded by the run's seed. */
public final class RandomPolicyProvider implements PolicyProvider {

    @Override
    public String id() {
        return "random";
    }

    @Override
    public String description() {
        return "any action of the scheme uniformly at random, seeded (a floor to beat)";
    }

    @Override
    public Policy create(long seed, Parameters parameters) {
        return new RandomPolicy(seed);
    }

    @Override
    public Policy create(long seed, Parameters parameters, PolicyContext context) {
        return new RandomPolicy(seed, context.environment().actionSpace().n());
    }
}
