package cloudrl.oracle;

/**
 * The optimum of a process whose traffic state is hidden (two states, such as {@code bursty}'s calm
 * and burst regimes), over what a policy can know: the belief {@code b}, the posterior probability of
 * state 1 given every rate seen ({@link BeliefFilter}). The value {@code V_t(b, f)} of the belief
 * process is convex in {@code b}; it is bracketed on a grid of beliefs ({@link BeliefGrid}):
 *
 * <ul>
 *   <li>an upper bound, by backward induction over (step, fleet state, grid point) in which a posterior
 *       off the grid is valued by linear interpolation between its neighbours: a chord of a convex
 *       function lies above it, and the backup is monotone, so by induction the grid values lie above
 *       the true ones (docs/oracle.md proves it);</li>
 *   <li>a lower bound that a real policy reaches: the controller that rounds its posterior to the
 *       nearest grid point after every rate and takes that point's action from the backward pass; its
 *       exact expected return is computed over (step, fleet, true state, grid point)
 *       ({@link BeliefPlanEvaluation}).</li>
 * </ul>
 *
 * The chain's cut tails ({@link ScalingMdp#truncationErrorBound()}) only lower computed returns, so
 * they are added to the upper end. The optimum lies in {@code [lower, upper + tails]}.
 */
public final class BeliefPlanner {

    /** The relative error bound {@link #plan(ScalingMdp)} aims below: 0.5 %. */
    public static final double TARGET_ERROR = 0.005;
    /** The coarsest grid tried, in intervals. */
    static final int FIRST_INTERVALS = 16;
    /** The finest grid tried, in intervals. */
    public static final int MAX_INTERVALS = 512;

    private BeliefPlanner() {
    }

    /**
     * The belief plan on the coarsest grid of 16, 32, ... {@link #MAX_INTERVALS} intervals whose relative
     * error bound is below {@link #TARGET_ERROR}; the finest one when none is ({@link BeliefPlan#errorBound()}
     * says what was reached).
     *
     * @throws IllegalArgumentException when the traffic's state is not hidden with two states, or the plan is too large
     */
    public static BeliefPlan plan(ScalingMdp mdp) {
        BeliefPlan plan = plan(mdp, FIRST_INTERVALS);
        for (int intervals = 2 * FIRST_INTERVALS; plan.errorBound() >= TARGET_ERROR && intervals <= MAX_INTERVALS;
             intervals *= 2) {
            plan = plan(mdp, intervals);
        }
        return plan;
    }

    /**
     * The belief plan on a grid of {@code intervals} intervals ({@code intervals + 1} beliefs).
     *
     * @throws IllegalArgumentException when the traffic's state is not hidden with two states, the grid is
     *                                  outside [1, {@link #MAX_INTERVALS}], or the plan would exceed
     *                                  {@link OptimalPlanner#MAX_PLAN_CELLS} cells
     */
    public static BeliefPlan plan(ScalingMdp mdp, int intervals) {
        if (intervals < 1 || intervals > MAX_INTERVALS) {
            throw new IllegalArgumentException("a belief grid of " + intervals + " intervals is not allowed: must be in"
                    + " [1, " + MAX_INTERVALS + "]");
        }
        if (mdp.coverage() != cloudrl.api.TrafficChain.Coverage.UPPER_BOUND) {
            throw new IllegalArgumentException("traffic " + mdp.traffic().name() + " shows its state to the policy:"
                    + " plan it with OptimalPlanner, not over a belief");
        }
        int horizon = mdp.maxSteps();
        int fleets = mdp.fleetCount();
        BeliefSteps steps = new BeliefSteps(new BeliefFilter(mdp.traffic()), new BeliefGrid(intervals));
        int points = steps.grid().size();
        long cells = (long) horizon * fleets * points;
        if (cells > OptimalPlanner.MAX_PLAN_CELLS) {
            throw new IllegalArgumentException("a belief plan over " + horizon + " steps x " + fleets + " fleet states x "
                    + points + " beliefs = " + cells + " cells exceeds the " + OptimalPlanner.MAX_PLAN_CELLS
                    + " allowed: lower maxSteps or maxServers");
        }
        int[] preference = OptimalPlanner.preference(mdp.actionCount());
        byte[] actions = new byte[(int) cells];
        double[] later = new double[fleets * points]; // Ũ_{t+1}(f, g_i) at f * points + i, zero at the horizon
        double[] afterAction = new double[fleets];
        for (int step = horizon - 1; step >= 0; step--) {
            double[] now = new double[fleets * points];
            for (int i = 0; i < points; i++) {
                for (int next : mdp.layer(step + 1)) {
                    if (mdp.entered(next)) {
                        afterAction[next] = expectation(mdp, steps, i, next, later, points);
                    }
                }
                int[] layer = mdp.layer(step);
                for (int position = 0; position < layer.length; position++) {
                    int current = layer[position];
                    if (mdp.terminal(current)) {
                        continue; // the episode ended on the step into it: no decision, never read
                    }
                    int best = OptimalPlanner.bestAction(mdp, step, position, preference, afterAction);
                    double bestValue = afterAction[mdp.move(step, position, best)];
                    now[current * points + i] = bestValue;
                    actions[(step * fleets + current) * points + i] = (byte) best;
                }
            }
            later = now;
        }
        BeliefSteps.Row reset = steps.reset();
        double upper = 0;
        for (int o = 0; o < reset.rates().length; o++) {
            int j = reset.brackets()[o];
            double w = reset.weights()[o];
            upper += reset.probabilities()[o] * ((1 - w) * later[j] + w * later[j + 1]); // the reset fleet is state 0
        }
        double lower = BeliefPlanEvaluation.expectedReturn(mdp, steps, actions);
        return new BeliefPlan(mdp, steps, actions, upper, lower);
    }

    // Σ_r P(r | g_i) [R(f', r) + (1 - ends) · interpolated Ũ_{t+1}(f', b'(g_i, r))]
    private static double expectation(ScalingMdp mdp, BeliefSteps steps, int i, int fleet, double[] later,
                                      int points) {
        int base = fleet * points;
        double sum = 0;
        for (int e = steps.start(i); e < steps.start(i + 1); e++) {
            int rate = steps.rate(e);
            double value = mdp.reward(fleet, rate);
            if (!mdp.ends(fleet, rate)) {
                int j = base + steps.bracket(e);
                double w = steps.weight(e);
                value += (1 - w) * later[j] + w * later[j + 1];
            }
            sum += steps.probability(e) * value;
        }
        return sum;
    }
}
