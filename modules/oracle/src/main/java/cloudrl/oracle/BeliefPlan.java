package cloudrl.oracle;

import cloudrl.api.Action;

/**
 * The optimum over the belief on a hidden traffic state, bracketed ({@link BeliefPlanner}): the
 * playable grid controller's exact return below, the interpolated grid values plus the cut tails
 * above, and the plan the controller plays ({@link #policy()}).
 */
public final class BeliefPlan {

    private final ScalingMdp mdp;
    private final BeliefSteps steps;
    private final byte[] actions;
    private final double gridUpper;
    private final double lower;

    BeliefPlan(ScalingMdp mdp, BeliefSteps steps, byte[] actions, double gridUpper, double lower) {
        this.mdp = mdp;
        this.steps = steps;
        this.actions = actions;
        this.gridUpper = gridUpper;
        this.lower = lower;
    }

    /** The process this plan solves. */
    public ScalingMdp mdp() {
        return mdp;
    }

    /**
     * The exact expected return of the grid controller ({@link #policy()}), computed with the chain's
     * tails cut, so never above its true return: a lower bound on the optimum.
     */
    public double lowerBound() {
        return lower;
    }

    /** An upper bound on the optimum over every policy that sees only the observations: the grid value plus the tails. */
    public double upperBound() {
        return gridUpper + truncationErrorBound();
    }

    /** The grid value alone, before the tails are added: what a finer grid lowers. */
    double gridUpperBound() {
        return gridUpper;
    }

    /** How far the cut tails may move a return; included in {@link #upperBound()}. */
    public double truncationErrorBound() {
        return mdp.truncationErrorBound();
    }

    /**
     * {@code (upperBound - lowerBound) / lowerBound}: how far, relative to it, the optimum may lie above
     * the controller's return, and so above any figure in the bracket.
     */
    public double errorBound() {
        return (upperBound() - lower) / lower;
    }

    /** Beliefs on the grid, both ends included. */
    public int gridPoints() {
        return steps.grid().size();
    }

    /** The grid controller's action after {@code step} steps in fleet state {@code fleet} with its belief at grid point {@code point}. */
    Action action(int step, int fleet, int point) {
        return Action.of(actions[(step * mdp.fleetCount() + fleet) * gridPoints() + point]);
    }

    /** How the controller's belief moves. */
    BeliefSteps steps() {
        return steps;
    }

    /** A fresh grid controller that plays this plan. */
    public BeliefPolicy policy() {
        return new BeliefPolicy(this);
    }
}
