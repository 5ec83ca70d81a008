package cloudrl.plugins;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A plugin's policy, workload or reward failed while running: it threw, returned what its contract
 * forbids (null, a negative request rate, a reward outside [0, 1]), or took longer than allowed.
 * The message names the plugin, its jar, the call, and where in which episode it happened.
 * A plugin's bug, never a usage error: the command line exits with status 1.
 */
public final class PluginFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String providerId;
    private final transient Path jar;

    PluginFailure(FoundProvider plugin, String where, String what, Throwable cause) {
        super(PluginGuard.name(plugin) + " failed " + where + ": " + what, cause);
        this.providerId = plugin.id();
        this.jar = plugin.source().jar();
    }

    /** The id of the provider whose instance failed. */
    public String providerId() {
        return providerId;
    }

    /** The plugin jar it came from. */
    public Optional<Path> jar() {
        return Optional.ofNullable(jar);
    }
}
