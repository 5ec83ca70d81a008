package cloudrl.plugins;

/** Why one plugin jar cannot be used; discovery catches it, records the jar as skipped and goes on. */
final class BrokenPluginException extends Exception {

    private static final long serialVersionUID = 1L;

    BrokenPluginException(String reason, Throwable cause) {
        super(reason, cause);
    }

    BrokenPluginException(String reason) {
        super(reason);
    }
}
