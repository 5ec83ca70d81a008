package cloudrl.ui.swing;

/** There is no display to show the explorer on: none configured, or the one configured cannot be reached. */
public final class DisplayUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DisplayUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
