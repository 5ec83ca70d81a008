package cloudrl.oracle;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.Policy;

import java.util.Objects;

/**
 * Plays a {@link Plan}. The plan's action depends on the step, which an observation does not show,
 * so the policy counts its decisions since the last {@link #reset()}; it must be reset at the start
 * of every episode, as {@code Rollout} does. One instance per environment.
 */
public final class OptimalPolicy implements Policy {

    private final Plan plan;
    private int step;

    public OptimalPolicy(Plan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    @Override
    public Action act(Observation observation) {
        if (step >= plan.mdp().maxSteps()) {
            throw new IllegalStateException("the optimal plan covers " + plan.mdp().maxSteps()
                    + " steps and has been asked for more: reset() the policy at the start of every episode");
        }
        int workloadState = plan.mdp().traffic().stateOf(observation, step);
        try {
            return plan.action(step++, observation.servers(), workloadState);
        } catch (IllegalArgumentException outsidePlan) {
            throw new IllegalStateException("the optimal plan does not cover this state (" + outsidePlan.getMessage()
                    + "): is the policy played in the environment it was planned for?", outsidePlan);
        }
    }

    @Override
    public void reset() {
        step = 0;
    }

    /** The plan this policy plays. */
    public Plan plan() {
        return plan;
    }
}
