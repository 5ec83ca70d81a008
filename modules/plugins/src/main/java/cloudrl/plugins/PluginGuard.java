package cloudrl.plugins;

import java.util.function.Supplier;

import cloudrl.env.EpisodePosition;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * What the guards around one plugin's instance share: the plugin's name for messages, the watchdog
 * and the failures they raise. Guards wrap only instances made by providers from plugin jars; the
 * built-ins run unguarded.
 */
final class PluginGuard {

    private final FoundProvider plugin;
    private final PluginWatchdog watchdog;
    /** The slot of the thread that called last; a race only costs a lookup, as a slot's thread is final. */
    private PluginWatchdog.Slot lastSlot;

    PluginGuard(FoundProvider plugin, PluginWatchdog watchdog) {
        this.plugin = plugin;
        this.watchdog = watchdog;
    }

    /** {@code policy 'slow' from the plugin jar /path/slow.jar}. */
    static String name(FoundProvider plugin) {
        return plugin.plugPoint().id() + " '" + plugin.id() + "' from "
                + (plugin.source().builtIn() ? "CloudRL (built in)" : "the plugin jar " + plugin.source());
    }

    /** {@code 10 s}, {@code 0.25 s}. */
    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString() + " s";
    }

    /** The calling thread's watchdog slot, without a thread-local lookup when the same thread calls again. */
    PluginWatchdog.Slot slot() {
        PluginWatchdog.Slot slot = lastSlot;
        if (slot == null || slot.thread != Thread.currentThread()) {
            slot = PluginWatchdog.slot();
            lastSlot = slot;
        }
        return slot;
    }

    /** The watchdog's record of calls to {@code method}; made once per guard. */
    PluginWatchdog.Call call(String method) {
        return new PluginWatchdog.Call(watchdog, plugin, method);
    }

    /**
     * Runs {@code body}, the plugin's {@code call}, as every guarded call runs: timed by the watchdog,
     * anything it throws turned into this plugin's failure, and an overdue return refused.
     */
    <T> T run(PluginWatchdog.Call call, Supplier<T> body) {
        PluginWatchdog.Slot slot = slot();
        PluginWatchdog.Call outer = slot.current();
        long entry = slot.enter(call);
        T result;
        try {
            result = body.get();
        } catch (RuntimeException | LinkageError | StackOverflowError thrown) {
            throw threw(call.method(), thrown);
        } finally {
            slot.leave(outer);
        }
        requireOnTime(slot, entry, call);
        return result;
    }

    /** {@link #run} for a call that returns nothing. */
    void run(PluginWatchdog.Call call, Runnable body) {
        run(call, () -> {
            body.run();
            return null;
        });
    }

    /** The plugin broke its contract: {@code what} says how. */
    PluginFailure failure(String what) {
        return new PluginFailure(plugin, EpisodePosition.current().describe(), what, null);
    }

    /** The plugin threw {@code thrown} from {@code method}. */
    PluginFailure threw(String method, Throwable thrown) {
        String message = thrown.getMessage();
        return new PluginFailure(plugin, EpisodePosition.current().describe(), method + " threw "
                + thrown.getClass().getName() + (message == null ? "" : ": " + PluginLoader.message(thrown)), thrown);
    }

    /** Fails when the watchdog reported the entry {@code number} of {@code call} as overdue. */
    void requireOnTime(PluginWatchdog.Slot slot, long number, PluginWatchdog.Call call) {
        if (slot.wasOverdue(number)) {
            throw failure(call.method() + " took longer than " + seconds(watchdog.limit())
                    + " (the limit for one call)");
        }
    }

    /** {@code provider.create} threw {@code thrown}. */
    static PluginFailure creationFailed(FoundProvider plugin, Throwable thrown) {
        String message = thrown.getMessage();
        return new PluginFailure(plugin, "while creating its " + plugin.plugPoint().id(), "create threw "
                + thrown.getClass().getName() + (message == null ? "" : ": " + PluginLoader.message(thrown)), thrown);
    }

    /** {@code provider.create} returned null. */
    static PluginFailure createdNothing(FoundProvider plugin) {
        return new PluginFailure(plugin, "while creating its " + plugin.plugPoint().id(),
                "create returned null; a provider must return a new " + plugin.plugPoint().id(), null);
    }
}
