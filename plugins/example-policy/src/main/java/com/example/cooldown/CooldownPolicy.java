package com.example.cooldown;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.Policy;

/**
 * The threshold rule with a cool-down, as cloud autoscalers have it: after adding or removing a
 * server it keeps the count for {@code cooldown} steps, so the new server's effect shows before
 * the next change.
 */
final class CooldownPolicy implements Policy {

    private final double scaleDownBelow;
    private final double scaleUpAbove;
    private final int cooldown;
    private int waiting;

    CooldownPolicy(double scaleDownBelow, double scaleUpAbove, int cooldown) {
        this.scaleDownBelow = scaleDownBelow;
        this.scaleUpAbove = scaleUpAbove;
        this.cooldown = cooldown;
    }

    @Override
    public Action act(Observation observation) {
        if (waiting > 0) {
            waiting--;
            return Action.MAINTAIN;
        }
        Action action = observation.cpu() > scaleUpAbove ? Action.INCREASE
                : observation.cpu() < scaleDownBelow ? Action.DECREASE : Action.MAINTAIN;
        if (action != Action.MAINTAIN) {
            waiting = cooldown;
        }
        return action;
    }

    @Override
    public void reset() {
        waiting = 0;
    }
}
