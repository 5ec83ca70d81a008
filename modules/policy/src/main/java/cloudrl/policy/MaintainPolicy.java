package cloudrl.policy;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.Policy;

/** Never changes the number of servers: shows what the initial allocation alone achieves. */
public record MaintainPolicy() implements Policy {

    @Override
    public Action act(Observation observation) {
        return Action.MAINTAIN;
    }
}
