package cloudrl.oracle;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.Policy;
import cloudrl.env.FleetDynamics;
import cloudrl.env.FleetState;

import java.util.Objects;

/**
 * Plays a {@link Plan}. The plan's action depends on the step and on the whole fleet state (the boot
 * queue, the cooldown, the count per server type), which an observation need not show, so the
 * policy keeps its own copy of the fleet: reset from the first observation's rate, then stepped by
 * the same {@link FleetDynamics} with its own action and each observation's rate. The fleet's move
 * does not depend on the rate, so the copy is the environment's fleet; the policy checks the serving
 * count against every observation. It must be reset at the start of every episode, as
 * {@code Rollout} does. One instance per environment.
 */
public final class OptimalPolicy implements Policy {

    private final Plan plan;
    private final FleetDynamics dynamics;
    private final FleetState fleet;
    private final int[] scratch;
    private int step;
    private int lastAction;

    public OptimalPolicy(Plan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.dynamics = plan.mdp().dynamics();
        this.fleet = dynamics.newState();
        this.scratch = new int[dynamics.fleet().typeCount()];
    }

    @Override
    public Action act(Observation observation) {
        if (step >= plan.mdp().maxSteps()) {
            throw new IllegalStateException("the optimal plan covers " + plan.mdp().maxSteps()
                    + " steps and has been asked for more: reset() the policy at the start of every episode");
        }
        if (dynamics.observable()) {
            // the observation shows the whole fleet: read it, so the policy answers any observation
            dynamics.seat(fleet, step, observation);
        } else if (step == 0) {
            dynamics.reset(fleet, observation.requestRate());
        } else {
            dynamics.step(fleet, lastAction, observation.requestRate(), scratch);
        }
        if (fleet.activeServers() != observation.servers()) {
            throw new IllegalStateException("the optimal plan expected " + fleet.activeServers() + " serving servers"
                    + " after " + step + " steps but sees " + observation.servers() + ": is the policy played in the"
                    + " environment it was planned for, and reset at every episode?");
        }
        int workloadState = plan.mdp().traffic().stateOf(observation, step);
        Action action;
        try {
            action = plan.action(step, fleet, workloadState);
        } catch (IllegalArgumentException outsidePlan) {
            throw new IllegalStateException("the optimal plan does not cover this state (" + outsidePlan.getMessage()
                    + "): is the policy played in the environment it was planned for?", outsidePlan);
        }
        step++;
        lastAction = action.index();
        return action;
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
