package cloudrl.api;

/**
 * An index into an environment's {@link Discrete} action space. What an index does is the
 * environment's {@link ActionScheme}'s business, which also gives each one a label; under the
 * reference scheme ({@code unit}) the three actions are {@link #DECREASE}, {@link #MAINTAIN} and
 * {@link #INCREASE}.
 *
 * @param index the action's index, never negative
 */
public record Action(int index) {

    /** Under the {@code unit} scheme: remove one server; the count never drops below one. */
    public static final Action DECREASE = new Action(0);
    /** Under the {@code unit} scheme: keep the current number of servers. */
    public static final Action MAINTAIN = new Action(1);
    /** Under the {@code unit} scheme: add one server, up to the configured maximum. */
    public static final Action INCREASE = new Action(2);

    private static final Action[] SMALL = new Action[64];

    static {
        SMALL[0] = DECREASE;
        SMALL[1] = MAINTAIN;
        SMALL[2] = INCREASE;
        for (int i = 3; i < SMALL.length; i++) {
            SMALL[i] = new Action(i);
        }
    }

    public Action {
        if (index < 0) {
            throw new IllegalArgumentException("action " + index + " is not valid: an action index is never negative");
        }
    }

    /**
     * The action with the given index; whether the environment accepts it is checked when it is
     * stepped, against its action space.
     *
     * @throws IllegalArgumentException when {@code index} is negative
     */
    public static Action of(int index) {
        return index >= 0 && index < SMALL.length ? SMALL[index] : new Action(index);
    }

    @Override
    public String toString() {
        return switch (index) {
            case 0 -> "DECREASE";
            case 1 -> "MAINTAIN";
            case 2 -> "INCREASE";
            default -> "Action(" + index + ")";
        };
    }
}
