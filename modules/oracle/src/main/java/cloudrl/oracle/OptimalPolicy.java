package cloudrl.oracle;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.Policy;
import cloudrl.env.FleetState;

import java.util.Objects;

/**
 * Plays a {@link Plan}, following the fleet itself ({@link FleetTracker}): the plan's action depends
 * on the whole fleet state, which an observation need not show. It must be reset at the start of
 * every episode, as {@code Rollout} does. One instance per environment.
 */
public final class OptimalPolicy implements Policy {

    private final Plan plan;
    private final FleetTracker fleet;

    public OptimalPolicy(Plan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.fleet = new FleetTracker(plan.mdp(), "the optimal plan");
    }

    @Override
    public Action act(Observation observation) {
        FleetState state = fleet.follow(observation);
        int step = fleet.step();
        int workloadState = plan.mdp().traffic().stateOf(observation, step);
        Action action;
        try {
            action = plan.action(step, state, workloadState);
        } catch (IllegalArgumentException outsidePlan) {
            throw new IllegalStateException("the optimal plan does not cover this state (" + outsidePlan.getMessage()
                    + "): is the policy played in the environment it was planned for?", outsidePlan);
        }
        fleet.acted(action.index());
        return action;
    }

    @Override
    public void reset() {
        fleet.reset();
    }

    /** The plan this policy plays. */
    public Plan plan() {
        return plan;
    }
}
