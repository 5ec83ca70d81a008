package cloudrl.oracle;

import cloudrl.api.Action;
import cloudrl.api.TrafficChain;
import cloudrl.env.FleetState;

/**
 * An optimal plan: the best action for every reachable (step, fleet state, workload state), the
 * optimal value there, and the optimal expected return of a whole episode. Made by {@link OptimalPlanner}.
 */
public final class Plan {

    private final ScalingMdp mdp;
    private final byte[] actions;
    private final double[] values;
    private final double expectedReturn;

    Plan(ScalingMdp mdp, byte[] actions, double[] values, double expectedReturn) {
        this.mdp = mdp;
        this.actions = actions;
        this.values = values;
        this.expectedReturn = expectedReturn;
    }

    /** The process this plan solves. */
    public ScalingMdp mdp() {
        return mdp;
    }

    /**
     * The optimal expected cumulative reward of an episode from reset, exact up to
     * {@link #truncationErrorBound()} (never above the exact figure) when the traffic chain is exact;
     * an upper bound or an approximation otherwise ({@link #coverage()}).
     */
    public double expectedReturn() {
        return expectedReturn;
    }

    /** What {@link #expectedReturn()} is worth. */
    public TrafficChain.Coverage coverage() {
        return mdp.coverage();
    }

    /** How far below the exact optimum {@link #expectedReturn()} may be; see {@link ScalingMdp#truncationErrorBound()}. */
    public double truncationErrorBound() {
        return mdp.truncationErrorBound();
    }

    /**
     * The optimal action after {@code step} steps in the fleet {@code fleet} holds, in workload state
     * {@code workloadState}.
     *
     * @throws IllegalArgumentException when that state cannot occur in an episode of this process
     */
    public Action action(int step, FleetState fleet, int workloadState) {
        int state = mdp.indexOf(fleet);
        if (state < 0) {
            throw new IllegalArgumentException("the fleet " + fleet + " cannot occur in an episode of this process");
        }
        return Action.of(actions[cell(step, state, workloadState)]);
    }

    /**
     * The optimal action after {@code step} steps with {@code servers} serving servers, nothing booting
     * and no cooldown, in workload state {@code workloadState}: the reference fleet's form.
     *
     * @throws IllegalArgumentException when that state cannot occur in an episode of this process
     */
    public Action action(int step, int servers, int workloadState) {
        return Action.of(actions[cell(step, servers(step, servers), workloadState)]);
    }

    /** The optimal expected reward still to come from that state (before its action). */
    public double value(int step, int servers, int workloadState) {
        return values[cell(step, servers(step, servers), workloadState)];
    }

    /** This plan as a rule of step and observation, for exact evaluation on a reference fleet (the count is the state). */
    public DecisionRule decisionRule() {
        return (step, observation) -> action(step, observation.servers(),
                mdp.traffic().stateOf(observation, step));
    }

    /** A fresh policy that plays this plan. */
    public OptimalPolicy policy() {
        return new OptimalPolicy(this);
    }

    private int servers(int step, int servers) {
        int state = mdp.withServers(servers);
        if (state < 0 || !mdp.possible(state, step)) {
            throw new IllegalArgumentException(servers + " servers cannot occur after " + step + " steps: the plan"
                    + " covers " + mdp.lowestServers(step) + " to " + mdp.highestServers(step));
        }
        return state;
    }

    private int cell(int step, int state, int workloadState) {
        int horizon = mdp.maxSteps();
        if (step < 0 || step >= horizon) {
            throw new IllegalArgumentException("step " + step + " is outside the plan: decisions are made after 0 to "
                    + (horizon - 1) + " steps");
        }
        if (!mdp.possible(state, step)) {
            throw new IllegalArgumentException("fleet state " + state + " cannot occur after " + step + " steps");
        }
        int states = mdp.traffic().stateCount();
        if (workloadState < 0 || workloadState >= states) {
            throw new IllegalArgumentException("workload state " + workloadState + " is not allowed: must be in [0, "
                    + (states - 1) + "]");
        }
        return (step * mdp.fleetCount() + state) * states + workloadState;
    }
}
