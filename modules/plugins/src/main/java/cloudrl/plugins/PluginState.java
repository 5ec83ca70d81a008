package cloudrl.plugins;

import java.util.Locale;

/**
 * Where a plugin is in its life, as {@code cloudrl plugins} shows it. Discovery takes each plugin
 * from {@link #FOUND} through {@link #RESOLVED} to {@link #STARTED}; a plugin that stops on the way
 * ends {@link #DISABLED} or {@link #FAILED}, and the others still load.
 */
public enum PluginState {
    /** Its file was found and its module descriptor read: the plugin's id and version are known. */
    FOUND,
    /** Its modules were resolved against CloudRL's, and the API version it was built against runs here. */
    RESOLVED,
    /** Its module layer is defined and its providers are created and in the catalog. */
    STARTED,
    /** Listed in the disabled-plugins file, so it was found but not loaded. */
    DISABLED,
    /** It could not be loaded, or clashes with a provider loaded before it; its reason says which. */
    FAILED;

    /** The state as the command line prints it: {@code started}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
