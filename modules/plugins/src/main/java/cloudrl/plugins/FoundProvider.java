package cloudrl.plugins;

import cloudrl.api.PlugPoint;
import cloudrl.api.Provider;

/**
 * A provider discovery found, and where.
 *
 * @param provider the provider instance
 * @param source   built-in or the jar it came from
 */
public record FoundProvider(Provider provider, PluginSource source) {

    /** The provider's plug point. */
    public PlugPoint plugPoint() {
        return provider.plugPoint();
    }

    /** The provider's id. */
    public String id() {
        return provider.id();
    }
}
