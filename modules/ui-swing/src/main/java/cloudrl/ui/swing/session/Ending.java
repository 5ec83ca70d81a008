package cloudrl.ui.swing.session;

/** Whether an episode is still running, and if not, why it ended. */
public enum Ending {
    /** The episode can take more steps. */
    RUNNING,
    /** CPU or memory went above the termination threshold (Gymnasium's {@code terminated}). */
    INSTABILITY,
    /** The episode reached its step limit while stable (Gymnasium's {@code truncated}). */
    TIME_LIMIT;

    /** The ending a step's two flags describe. */
    public static Ending of(boolean terminated, boolean truncated) {
        if (terminated) {
            return INSTABILITY;
        }
        return truncated ? TIME_LIMIT : RUNNING;
    }

    /** Whether the episode is over. */
    public boolean ended() {
        return this != RUNNING;
    }
}
