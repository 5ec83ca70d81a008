package cloudrl.plugins;

import java.time.Duration;

/**
 * A call into a plugin that has not returned within the watchdog's limit, reported while it is
 * still running.
 *
 * @param plugin the plugin, as {@code policy 'slow' from the plugin jar /path/slow.jar}
 * @param method the method it is stuck in, such as {@code act}
 * @param where  where in which episode, such as {@code at step 3 of the episode seeded 42}
 * @param limit  how long a call may take
 */
public record OverduePluginCall(String plugin, String method, String where, Duration limit) {

    /** One line naming the plugin, the call, the step and the limit. */
    public String message() {
        return plugin + " did not return from " + method + " within " + PluginGuard.seconds(limit) + " " + where;
    }
}
