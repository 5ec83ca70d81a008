package cloudrl.plugins;

import cloudrl.api.ApiVersion;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.util.Optional;
import java.util.jar.Manifest;

/**
 * Which {@code cloudrl.api} version a plugin was built against, and whether it runs on this one. A
 * modular plugin records it without effort: javac writes the API module's version into the
 * plugin's {@code requires cloudrl.api}. A plain jar has no descriptor, so it says so in its
 * manifest, {@value #MANIFEST_ATTRIBUTE}.
 */
final class ApiCompatibility {

    /** The manifest attribute a plain plugin jar records its API version in. */
    static final String MANIFEST_ATTRIBUTE = "CloudRL-Api-Version";

    private static final String API_MODULE = "cloudrl.api";

    private ApiCompatibility() {
    }

    /**
     * The API version {@code module} was built against, {@code null} when it records none.
     *
     * @throws BrokenPluginException when the recorded version is malformed
     */
    static ApiVersion builtAgainst(ModuleReference module, Manifest manifest) throws BrokenPluginException {
        Optional<String> compiled = module.descriptor().requires().stream()
                .filter(requires -> requires.name().equals(API_MODULE))
                .findFirst()
                .flatMap(ModuleDescriptor.Requires::compiledVersion)
                .map(ModuleDescriptor.Version::toString);
        String recorded = compiled.orElseGet(() -> manifest == null ? null
                : manifest.getMainAttributes().getValue(MANIFEST_ATTRIBUTE));
        if (recorded == null || recorded.isBlank()) {
            return null;
        }
        try {
            return ApiVersion.parse(recorded);
        } catch (IllegalArgumentException malformed) {
            throw new BrokenPluginException("records the cloudrl.api version '" + recorded.strip() + "' ("
                    + (compiled.isPresent() ? "in requires cloudrl.api" : MANIFEST_ATTRIBUTE)
                    + "), which is not MAJOR.MINOR.PATCH", malformed);
        }
    }

    /** The manifest of {@code module}, {@code null} when it has none. */
    static Manifest manifest(ModuleReference module) throws BrokenPluginException {
        try (ModuleReader reader = module.open()) {
            Optional<InputStream> in = reader.open("META-INF/MANIFEST.MF");
            if (in.isEmpty()) {
                return null;
            }
            try (InputStream stream = in.get()) {
                return new Manifest(stream);
            }
        } catch (IOException unreadable) {
            throw new BrokenPluginException("its manifest cannot be read: " + PluginLoader.message(unreadable), unreadable);
        }
    }

    /**
     * Why a plugin built against {@code builtAgainst} cannot run on {@code running}, in one line naming
     * both, or {@code null} when it can.
     */
    static String problem(ApiVersion builtAgainst, ApiVersion running) {
        if (running.runs(builtAgainst)) {
            return null;
        }
        String needs = builtAgainst.major() == running.major()
                ? "cloudrl.api " + builtAgainst.major() + "." + builtAgainst.minor() + " or a later " + builtAgainst.major() + ".x"
                : "cloudrl.api " + builtAgainst.major() + ".x";
        return "needs " + needs + " (built against " + builtAgainst + "), but this CloudRL runs cloudrl.api " + running
                + ": rebuild the plugin against " + running;
    }
}
