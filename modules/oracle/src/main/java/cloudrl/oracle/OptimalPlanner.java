package cloudrl.oracle;

import cloudrl.api.TrafficOutcomes;

/**
 * Finds the optimal policy of a {@link ScalingMdp} and its expected return by backward induction.
 *
 * <p>With {@code T = maxSteps}, fleet state {@code f}, workload state {@code w} and {@code V_T = 0}:
 * <pre>
 *   V_t(f, w) = max over actions a of  Σ_o p_o · [ R(f', r_o) + (1 - ends(f', r_o)) · V_{t+1}(f', w_o) ]
 * </pre>
 * where {@code f'} is the fleet state {@code a} leads to ({@code FleetDynamics.step}) and the
 * outcomes {@code o} (rate {@code r_o}, next workload state {@code w_o}) are the chain's draw from
 * {@code w}. The inner sum depends on {@code f'} only, so it is computed once per fleet state and
 * step. The expected return of an episode is {@code V_0} at the reset fleet, averaged over the reset
 * draw. Only fleet states reachable at each step are computed, and none a constraint ended the
 * episode in (a spent budget).
 */
public final class OptimalPlanner {

    /** Most (step, fleet state, workload state) cells a plan may hold. */
    public static final long MAX_PLAN_CELLS = 10_000_000;
    /** Most expectation terms a plan may take to compute. */
    public static final long MAX_WORK = 2_000_000_000L;

    private OptimalPlanner() {
    }

    /**
     * The order actions are tried in; a later one must be strictly better, so ties keep the first:
     * the middle index (keep, in the unit and steps schemes), then the others from the lowest. For
     * the unit scheme that is keep, remove, add.
     */
    /**
     * The action whose fleet state is worth most in {@code afterAction}, for the state at {@code position} of
     * the layer after {@code step} steps; ties go to the earliest in {@code preference}. Shared by every
     * planner, so they break ties alike.
     */
    static int bestAction(ScalingMdp mdp, int step, int position, int[] preference, double[] afterAction) {
        int best = preference[0];
        double bestValue = afterAction[mdp.move(step, position, best)];
        for (int i = 1; i < preference.length; i++) {
            double value = afterAction[mdp.move(step, position, preference[i])];
            if (value > bestValue) {
                best = preference[i];
                bestValue = value;
            }
        }
        return best;
    }

    static int[] preference(int actions) {
        int[] order = new int[actions];
        int middle = (actions - 1) / 2;
        order[0] = middle;
        int at = 1;
        for (int action = 0; action < actions; action++) {
            if (action != middle) {
                order[at++] = action;
            }
        }
        return order;
    }

    /**
     * The optimal plan of {@code mdp}.
     *
     * @throws IllegalArgumentException when the plan would exceed {@link #MAX_PLAN_CELLS} cells or
     *                                  {@link #MAX_WORK} expectation terms
     */
    public static Plan plan(ScalingMdp mdp) {
        int horizon = mdp.maxSteps();
        int fleets = mdp.fleetCount();
        int states = mdp.traffic().stateCount();
        long cells = (long) horizon * fleets * states;
        if (cells > MAX_PLAN_CELLS) {
            throw new IllegalArgumentException("an exact plan over " + horizon + " steps x " + fleets
                    + " fleet states x " + states + " workload states = " + cells + " cells exceeds the "
                    + MAX_PLAN_CELLS + " allowed: lower maxSteps or maxServers");
        }
        if (mdp.sweepWork() > MAX_WORK) {
            throw new IllegalArgumentException("an exact plan would take " + mdp.sweepWork()
                    + " expectation terms, more than the " + MAX_WORK + " allowed: lower maxSteps or the"
                    + " workload's spread");
        }
        int[] preference = preference(mdp.actionCount());
        byte[] actions = new byte[(int) cells];
        double[] values = new double[(int) cells];
        double[] later = new double[fleets * states]; // V_{t+1}, zero at the horizon
        double[] afterAction = new double[fleets];   // the expectation once the fleet is f'
        for (int step = horizon - 1; step >= 0; step--) {
            double[] now = new double[fleets * states];
            for (int state = 0; state < states; state++) {
                if (!mdp.traffic().possibleAfter(step, state)) {
                    continue; // never read: a possible state only leads to possible ones
                }
                TrafficOutcomes draw = mdp.traffic().from(state);
                for (int next : mdp.layer(step + 1)) {
                    if (mdp.entered(next)) {
                        afterAction[next] = expectation(mdp, draw, next, later, states);
                    }
                }
                int[] layer = mdp.layer(step);
                for (int position = 0; position < layer.length; position++) {
                    int current = layer[position];
                    if (mdp.terminal(current)) {
                        continue; // the episode ended on the step into it: no decision, never read
                    }
                    int best = bestAction(mdp, step, position, preference, afterAction);
                    double bestValue = afterAction[mdp.move(step, position, best)];
                    int slot = current * states + state;
                    now[slot] = bestValue;
                    int cell = step * fleets * states + slot;
                    values[cell] = bestValue;
                    actions[cell] = (byte) best;
                }
            }
            later = now;
        }
        TrafficOutcomes reset = mdp.traffic().atReset();
        double expected = 0;
        for (int o = 0; o < reset.size(); o++) {
            expected += reset.probability(o) * later[reset.nextState(o)]; // the reset fleet is state 0
        }
        return new Plan(mdp, actions, values, expected);
    }

    // Σ_o p_o [R(f', r_o) + (1 - ends) V_{t+1}(f', w_o)]
    private static double expectation(ScalingMdp mdp, TrafficOutcomes draw, int fleet, double[] later,
                                      int states) {
        int base = fleet * states;
        double sum = 0;
        for (int o = 0; o < draw.size(); o++) {
            int rate = draw.rate(o);
            double value = mdp.reward(fleet, rate);
            if (!mdp.ends(fleet, rate)) {
                value += later[base + draw.nextState(o)];
            }
            sum += draw.probability(o) * value;
        }
        return sum;
    }
}
