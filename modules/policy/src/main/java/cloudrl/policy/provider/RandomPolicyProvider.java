package cloudrl.policy.provider;

import cloudrl.api.Parameters;
import cloudrl.api.Policy;
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
        return "one of the three actions uniformly at random, seeded (a floor to beat)";
    }

    @Override
    public Policy create(long seed, Parameters parameters) {
        return new RandomPolicy(seed);
    }
}
