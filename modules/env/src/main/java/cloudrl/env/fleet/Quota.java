package cloudrl.env.fleet;

import cloudrl.api.Constraint;
import cloudrl.api.Transition;

/**
 * The most servers, serving and booting, the account allows: additions beyond it are refused.
 * Unlike the fleet's own {@code maxServers}, which bounds the observation space, a quota can be
 * added to any scenario as a rule.
 *
 * @param maxServers the quota, at least 1
 */
public record Quota(int maxServers) implements Constraint {

    public Quota {
        if (maxServers < 1) {
            throw new IllegalArgumentException("quota maxServers " + maxServers + " is not allowed: must be at least 1");
        }
    }

    @Override
    public String name() {
        return "quota";
    }

    @Override
    public boolean allowsAdding(Transition state, int serversAfter, double stepCostAfter) {
        return serversAfter <= maxServers;
    }
}
