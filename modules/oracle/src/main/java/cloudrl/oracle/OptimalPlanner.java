package cloudrl.oracle;

import cloudrl.api.Action;

/**
 * Finds the optimal policy of a {@link ScalingMdp} and its expected return by backward induction.
 *
 * <p>With {@code T = maxSteps}, servers {@code s}, workload state {@code w} and {@code V_T = 0}:
 * <pre>
 *   V_t(s, w) = max over actions a of  Σ_o p_o · [ R(s', r_o) + (1 - unstable(s', r_o)) · V_{t+1}(s', w_o) ]
 * </pre>
 * where {@code s'} is the count after {@code a} and the outcomes {@code o} (rate {@code r_o}, next
 * workload state {@code w_o}) are the chain's draw from {@code w}. The expected return of an
 * episode is {@code V_0} at {@code initialServers}, averaged over the reset draw. Only counts
 * reachable at each step are computed.
 */
public final class OptimalPlanner {

    /** Most (step, servers, workload state) cells a plan may hold. */
    public static final long MAX_PLAN_CELLS = 10_000_000;
    /** Most expectation terms a plan may take to compute. */
    public static final long MAX_WORK = 2_000_000_000L;

    /** Actions tried in this order; a later one must be strictly better, so ties keep the count. */
    private static final Action[] PREFERENCE = {Action.MAINTAIN, Action.DECREASE, Action.INCREASE};

    private OptimalPlanner() {
    }

    /**
     * The optimal plan of {@code mdp}.
     *
     * @throws IllegalArgumentException when the plan would exceed {@link #MAX_PLAN_CELLS} cells or
     *                                  {@link #MAX_WORK} expectation terms
     */
    public static Plan plan(ScalingMdp mdp) {
        int horizon = mdp.maxSteps();
        int servers = mdp.serverCount();
        int states = mdp.traffic().stateCount();
        long cells = (long) horizon * servers * states;
        if (cells > MAX_PLAN_CELLS) {
            throw new IllegalArgumentException("an exact plan over " + horizon + " steps x " + servers
                    + " server counts x " + states + " workload states = " + cells + " cells exceeds the "
                    + MAX_PLAN_CELLS + " allowed: lower maxSteps");
        }
        if (mdp.sweepWork() > MAX_WORK) {
            throw new IllegalArgumentException("an exact plan would take " + mdp.sweepWork()
                    + " expectation terms, more than the " + MAX_WORK + " allowed: lower maxSteps or the"
                    + " workload's spread");
        }
        byte[] actions = new byte[(int) cells];
        double[] values = new double[(int) cells];
        double[] later = new double[servers * states]; // V_{t+1}, zero at the horizon
        double[] afterAction = new double[servers];   // the expectation once the count is s'
        int lowest = mdp.lowestServers();
        for (int step = horizon - 1; step >= 0; step--) {
            double[] now = new double[servers * states];
            for (int state = 0; state < states; state++) {
                if (!mdp.traffic().possibleAfter(step, state)) {
                    continue; // never read: a possible state only leads to possible ones
                }
                TrafficOutcomes draw = mdp.traffic().from(state);
                for (int next = mdp.lowestServers(step + 1); next <= mdp.highestServers(step + 1); next++) {
                    afterAction[next - lowest] = expectation(mdp, draw, next, later, states);
                }
                for (int current = mdp.lowestServers(step); current <= mdp.highestServers(step); current++) {
                    Action best = PREFERENCE[0];
                    double bestValue = afterAction[mdp.serversAfter(current, best) - lowest];
                    for (int i = 1; i < PREFERENCE.length; i++) {
                        double value = afterAction[mdp.serversAfter(current, PREFERENCE[i]) - lowest];
                        if (value > bestValue) {
                            best = PREFERENCE[i];
                            bestValue = value;
                        }
                    }
                    int slot = (current - lowest) * states + state;
                    now[slot] = bestValue;
                    int cell = step * servers * states + slot;
                    values[cell] = bestValue;
                    actions[cell] = (byte) best.index();
                }
            }
            later = now;
        }
        TrafficOutcomes reset = mdp.traffic().atReset();
        int initial = mdp.config().initialServers();
        double expected = 0;
        for (int o = 0; o < reset.size(); o++) {
            expected += reset.probability(o) * later[(initial - lowest) * states + reset.nextState(o)];
        }
        return new Plan(mdp, actions, values, expected);
    }

    // Σ_o p_o [R(s', r_o) + (1 - unstable) V_{t+1}(s', w_o)]
    private static double expectation(ScalingMdp mdp, TrafficOutcomes draw, int servers, double[] later,
                                      int states) {
        int base = (servers - mdp.lowestServers()) * states;
        double sum = 0;
        for (int o = 0; o < draw.size(); o++) {
            int rate = draw.rate(o);
            double value = mdp.reward(servers, rate);
            if (!mdp.unstable(servers, rate)) {
                value += later[base + draw.nextState(o)];
            }
            sum += draw.probability(o) * value;
        }
        return sum;
    }
}
