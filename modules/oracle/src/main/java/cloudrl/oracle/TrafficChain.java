package cloudrl.oracle;

import cloudrl.api.Observation;

/**
 * Traffic as the planner needs it: a time-homogeneous Markov chain over finitely many workload
 * states, where each step's draw gives a request rate and the next workload state. A workload whose
 * rates are drawn independently every step (the reference Gaussian) has a single state; a workload
 * with memory (a phase, the last rate on a grid) would number its states here, and the planner
 * then plans over (step, servers, workload state).
 *
 * <p>The state must be recoverable from what a policy sees, through {@link #stateOf}; traffic with a
 * hidden regime is not a chain the planner can solve exactly. {@link GaussianTraffic} has one
 * state; {@link DiurnalTraffic} numbers the steps of an episode, since its level follows from the step.
 */
public interface TrafficChain {

    /** Number of workload states, at least one; states are {@code 0 .. stateCount() - 1}. */
    int stateCount();

    /** The draw at reset, which sets the first observation's rate and the first workload state. */
    TrafficOutcomes atReset();

    /** The draw at each step after reset, from workload state {@code state}. */
    TrafficOutcomes from(int state);

    /** The workload state behind {@code observation}, seen after {@code step} steps (0 at reset). */
    int stateOf(Observation observation, int step);

    /**
     * Whether the traffic can be in {@code state} after {@code step} steps. The planner skips the
     * states that cannot, which only saves work: a chain whose state follows from the step (a phase)
     * would otherwise be solved for every phase at every step. Every state, unless a chain knows better.
     */
    default boolean possibleAfter(int step, int state) {
        return true;
    }

    /** A short name for output: {@code gaussian}, ... */
    String name();
}
