package cloudrl.api;

/**
 * A Gymnasium-shaped autoscaling environment: reset with a seed, then step with actions until the
 * episode is terminated (instability) or truncated (time limit).
 *
 * <p>Implementations are not thread-safe; use one instance per thread.
 */
public interface Environment {

    /** The space every observation lies in. */
    Box observationSpace();

    /** The space of valid actions, {@code Discrete(n)} with a label per action ({@code Discrete(3)} in the reference). */
    Discrete actionSpace();

    /** Starts a new episode from a fresh random stream seeded with {@code seed}. */
    ResetResult reset(long seed);

    /** Starts a new episode, continuing the current random stream. */
    ResetResult reset();

    /**
     * Applies {@code action} and advances one step.
     *
     * @throws IllegalStateException before the first reset or after the episode has ended
     */
    StepResult step(Action action);

    /**
     * Applies the action with the given index.
     *
     * @throws IllegalArgumentException when {@code action} is not in the action space
     */
    default StepResult step(int action) {
        if (!actionSpace().contains(action)) {
            throw new IllegalArgumentException(actionSpace().invalid(action));
        }
        return step(Action.of(action));
    }
}
