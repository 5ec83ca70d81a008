package cloudrl.plugins;

import cloudrl.api.ApiVersion;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One plugin in the plugins directory: a jar, or a folder or zip of jars (its module and its
 * libraries), and what discovery made of it.
 *
 * @param id           the plugin module's name, or the file name when no module could be read
 * @param version      the plugin's version from its module descriptor or manifest, {@code null} when it records none
 * @param location     the jar, folder or zip
 * @param builtAgainst the {@code cloudrl.api} version it was compiled against, {@code null} when it records none
 * @param state        how far it got
 * @param reason       why it is disabled or failed, {@code null} when started
 * @param providers    the providers it brought: in the catalog when started; when it failed on a
 *                     clash, the ones it would have added (so a command asking for them can say why)
 */
public record Plugin(String id, String version, Path location, ApiVersion builtAgainst, PluginState state,
                     String reason, List<FoundProvider> providers) {

    public Plugin {
        providers = List.copyOf(providers);
    }

    /** A plugin that failed before it named itself: known by its file name only. */
    static Plugin unreadable(Path location, String reason) {
        return new Plugin(location.getFileName().toString(), null, location, null, PluginState.FAILED, reason, List.of());
    }

    /** The same plugin, failed for {@code why}. */
    Plugin failed(String why) {
        return new Plugin(id, version, location, builtAgainst, PluginState.FAILED, why, providers);
    }

    /** The plugin's file or folder name, which {@code cloudrl plugins disable} accepts as well as the id. */
    public String fileName() {
        return location.getFileName().toString();
    }

    /** The version, or {@code unversioned}. */
    public String versionLabel() {
        return version == null ? "unversioned" : version;
    }

    /** The API version it was built against, empty when it records none. */
    public Optional<ApiVersion> apiVersion() {
        return Optional.ofNullable(builtAgainst);
    }

    /**
     * A note for a plugin that records no API version: it is accepted, but CloudRL cannot tell whether
     * it was built for this API; {@code null} when it records one, or failed.
     */
    public String apiNote() {
        return builtAgainst != null || state == PluginState.FAILED ? null
                : "records no cloudrl.api version (no compiled version in 'requires cloudrl.api', no "
                        + ApiCompatibility.MANIFEST_ATTRIBUTE + " in its manifest); loaded unchecked against "
                        + ApiVersion.CURRENT;
    }

    /** {@code plugin ID (LOCATION)}, as messages name it. */
    public String label() {
        return "plugin " + id + " (" + location + ")";
    }
}
