package cloudrl.api;

/**
 * What an agent may do to the service each step: remove a server, keep the count, or add one.
 * The ordinal of each constant is its index in the {@link Discrete} action space.
 */
public enum Action {
    /** Remove one server; the count never drops below one. */
    DECREASE,
    /** Keep the current number of servers. */
    MAINTAIN,
    /** Add one server, up to the configured maximum. */
    INCREASE;

    private static final Action[] BY_INDEX = values();

    /** The action's index in the action space: 0, 1 or 2. */
    public int index() {
        return ordinal();
    }

    /**
     * The action with the given index.
     *
     * @throws IllegalArgumentException naming the bad index and the allowed ones
     */
    public static Action of(int index) {
        if (index < 0 || index >= BY_INDEX.length) {
            throw new IllegalArgumentException("action " + index
                    + " is not valid: allowed are 0 (DECREASE), 1 (MAINTAIN), 2 (INCREASE)");
        }
        return BY_INDEX[index];
    }
}
