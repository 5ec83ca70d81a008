package cloudrl.oracle;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.Policy;
import cloudrl.env.FleetState;

import java.util.Objects;

/**
 * Plays a {@link BeliefPlan}: the grid controller. It keeps its belief on the grid (the point nearest
 * the posterior of the first rate, then after every rate the point nearest Bayes' update from its
 * point) and follows the fleet itself ({@link FleetTracker}); it acts as the plan says for (step,
 * fleet, grid point). Its exact expected return is the plan's {@link BeliefPlan#lowerBound()}. It
 * must be reset at the start of every episode. One instance per environment.
 */
public final class BeliefPolicy implements Policy {

    private final BeliefPlan plan;
    private final FleetTracker fleet;
    private int point;

    public BeliefPolicy(BeliefPlan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.fleet = new FleetTracker(plan.mdp(), "the belief plan");
    }

    @Override
    public Action act(Observation observation) {
        FleetState state = fleet.follow(observation);
        int step = fleet.step();
        int rate = observation.requestRate();
        point = step == 0 ? plan.steps().nearestAtReset(rate) : plan.steps().nearest(point, rate);
        int index = plan.mdp().indexOf(state);
        if (index < 0 || !plan.mdp().possible(index, step)) {
            throw new IllegalStateException("the belief plan does not cover the fleet " + state + " after " + step
                    + " steps: is the policy played in the environment it was planned for?");
        }
        Action action = plan.action(step, index, point);
        fleet.acted(action.index());
        return action;
    }

    @Override
    public void reset() {
        fleet.reset();
    }

    /** The grid point the belief is at, after the last observation. */
    int point() {
        return point;
    }

    /** The plan this policy plays. */
    public BeliefPlan plan() {
        return plan;
    }
}
