package cloudrl.api;

/**
 * Traffic as a planner needs it: a time-homogeneous Markov chain over finitely many workload
 * states, where each step's draw gives a request rate and the next workload state, with the
 * probability of the outcomes too unlikely to list stated ({@link TrafficOutcomes#missingMass()}).
 * A workload whose rates are drawn independently every step (the reference Gaussian) has a single
 * state; a workload with memory (a phase, a regime, the last rate) numbers its states here, and a
 * planner plans over (step, fleet, workload state). Offered by a {@link MarkovWorkload}.
 *
 * <p>{@link #coverage()} says what a plan over the chain is worth: exact when the state can be
 * recovered from what a policy sees ({@link #stateOf}); an upper bound when the state is hidden from
 * the policy (a plan told the state can do everything one not told can); approximate when the
 * chain only approximates the workload.
 */
public interface TrafficChain {

    /**
     * Probability the two far tails of each draw may hold together before they are left out, for
     * chains that cut an infinite distribution. Rewards lie in [0, 1], so over 100 steps this moves
     * an expected return by at most about 5e-9.
     */
    double DEFAULT_TAIL_MASS = 1e-12;

    /** What a plan over a chain is worth. */
    enum Coverage {
        /** The chain is the workload's law and its state is seen: the plan is optimal and can be played. */
        EXACT,
        /**
         * The chain is the workload's law, but its state is hidden from the policy: the plan's value
         * is an upper bound on every policy's (the optimum of one told the state), and it cannot be played.
         */
        UPPER_BOUND,
        /** The chain only approximates the workload: the figures are approximate, without an error bound. */
        APPROXIMATE
    }

    /** Number of workload states, at least one; states are {@code 0 .. stateCount() - 1}. */
    int stateCount();

    /** The draw at reset, which sets the first observation's rate and the first workload state. */
    TrafficOutcomes atReset();

    /** The draw at each step after reset, from workload state {@code state}. */
    TrafficOutcomes from(int state);

    /**
     * The workload state behind {@code observation}, seen after {@code step} steps (0 at reset).
     *
     * @throws IllegalStateException when the state is hidden from the policy ({@link Coverage#UPPER_BOUND})
     */
    int stateOf(Observation observation, int step);

    /**
     * Whether the traffic can be in {@code state} after {@code step} steps. A planner skips the
     * states that cannot, which only saves work: a chain whose state follows from the step (a phase)
     * would otherwise be solved for every phase at every step. Every state, unless a chain knows better.
     */
    default boolean possibleAfter(int step, int state) {
        return true;
    }

    /** What a plan over this chain is worth; {@link Coverage#EXACT} unless a chain says otherwise. */
    default Coverage coverage() {
        return Coverage.EXACT;
    }

    /** A short name for output: {@code gaussian}, ... */
    String name();
}
