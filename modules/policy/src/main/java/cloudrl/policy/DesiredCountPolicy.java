package cloudrl.policy;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.Policy;

/**
 * A policy that decides a desired server count and steps towards it, one server per step, as
 * today's actions allow. Keeping the decision as a count lets another action scheme (a jump to the
 * count, say) reuse the rule unchanged.
 */
public interface DesiredCountPolicy extends Policy {

    /** The server count this policy wants after seeing {@code observation}; called once per step. */
    int desiredServers(Observation observation);

    @Override
    default Action act(Observation observation) {
        return toward(desiredServers(observation), observation.servers());
    }

    /** The one-server step from {@code servers} towards {@code desired}. */
    static Action toward(int desired, int servers) {
        if (desired > servers) {
            return Action.INCREASE;
        }
        return desired < servers ? Action.DECREASE : Action.MAINTAIN;
    }
}
