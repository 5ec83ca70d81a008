package cloudrl.launcher;

import cloudrl.plugins.Assembly;
import cloudrl.plugins.OverduePluginCall;
import cloudrl.plugins.PluginCatalog;
import cloudrl.plugins.PluginWatchdog;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * The {@code --plugin-timeout SECONDS} option, as a picocli mixin, and the assembly whose plugin
 * calls it limits. A call into a plugin's policy, workload or reward that runs longer gets one line
 * naming the plugin, the call and the step, and the command stops at once with status 1: the stuck
 * call cannot be stopped any other way, and CloudRL writes every file through a temporary file, so
 * stopping leaves no half-written output.
 */
final class PluginTimeoutOption {

    /** The longest limit accepted: a day. */
    static final double MAX_SECONDS = 86_400;

    @Option(names = "--plugin-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "how long one call into a plugin's policy, workload or reward may take before the command"
                    + " stops with status 1, in (0, " + (long) MAX_SECONDS + "] (default: ${DEFAULT-VALUE})")
    double seconds;

    /**
     * An assembly of {@code catalog} whose plugin calls are limited to {@code --plugin-timeout}; an
     * overdue call stops {@code command}.
     */
    Assembly assembly(CommandSpec command, PluginCatalog catalog) {
        Duration limit = limit(command);
        return new Assembly(catalog, new PluginWatchdog(limit, overdue -> stop(command, overdue)));
    }

    /** The limit, checked. */
    Duration limit(CommandSpec command) {
        if (!(seconds > 0 && seconds <= MAX_SECONDS)) {
            throw new ParameterException(command.commandLine(), "--plugin-timeout " + seconds
                    + " is not allowed: give seconds in (0, " + (long) MAX_SECONDS + "]");
        }
        return Duration.ofNanos(Math.max(1_000_000, Math.round(seconds * 1e9)));
    }

    /** Runs on the watchdog's thread while the plugin's call is still running. */
    private static void stop(CommandSpec command, OverduePluginCall overdue) {
        command.commandLine().getOut().flush();
        PrintWriter err = command.commandLine().getErr();
        err.println(command.qualifiedName() + ": " + overdue.message() + "; stopping (--plugin-timeout SECONDS allows"
                + " longer calls)");
        err.flush();
        // the stuck thread cannot be interrupted out of the plugin's code, and shutdown hooks would wait for it
        Runtime.getRuntime().halt(ErrorReporter.FAILED);
    }
}
