package cloudrl.api;

/**
 * Chooses an action from an observation. A plug point: baselines, planners and trained agents
 * all implement it. A policy with memory clears it in {@link #reset}.
 */
public interface Policy {

    /** The action to take in the state {@code observation}. */
    Action act(Observation observation);

    /** Called at the start of every episode. */
    default void reset() {
    }
}
