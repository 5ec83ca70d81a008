package cloudrl.oracle;

import cloudrl.api.Observation;
import cloudrl.env.FleetDynamics;
import cloudrl.env.FleetState;

/**
 * A plan player's own copy of the fleet. A plan's action depends on the whole fleet state (the boot
 * queue, the cooldown, the count per server type), which an observation need not show, so the player
 * resets the copy from the first observation's rate and then steps it with the same
 * {@link FleetDynamics}, its own last action and each observation's rate. The fleet's move does not
 * depend on the rate, so the copy is the environment's fleet; every observation's serving count is
 * checked against it. Shared by {@link OptimalPolicy} and {@link BeliefPolicy}.
 */
final class FleetTracker {

    private final ScalingMdp mdp;
    private final FleetDynamics dynamics;
    private final FleetState fleet;
    private final int[] scratch;
    private final String player;
    private int step;
    private int lastAction;

    /** @param player what plays, for messages: "the optimal plan" */
    FleetTracker(ScalingMdp mdp, String player) {
        this.mdp = mdp;
        this.dynamics = mdp.dynamics();
        this.fleet = dynamics.newState();
        this.scratch = new int[dynamics.fleet().typeCount()];
        this.player = player;
    }

    /**
     * Brings the copy to the state behind {@code observation}, the next one of the episode, and returns it.
     *
     * @throws IllegalStateException when the episode is longer than the plan or the serving count disagrees
     */
    FleetState follow(Observation observation) {
        if (step >= mdp.maxSteps()) {
            throw new IllegalStateException(player + " covers " + mdp.maxSteps()
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
            throw new IllegalStateException(player + " expected " + fleet.activeServers() + " serving servers"
                    + " after " + step + " steps but sees " + observation.servers() + ": is the policy played in the"
                    + " environment it was planned for, and reset at every episode?");
        }
        return fleet;
    }

    /** Steps made so far in this episode: the step of the observation {@link #follow} was last given. */
    int step() {
        return step;
    }

    /** Records the action taken on the state {@link #follow} returned; the next observation is one step on. */
    void acted(int action) {
        step++;
        lastAction = action;
    }

    /** Starts a new episode. */
    void reset() {
        step = 0;
    }
}
