package cloudrl.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version of this API, {@code MAJOR.MINOR.PATCH}. The running API's version is
 * {@link #CURRENT}; the same number is the version in {@code cloudrl.api}'s module descriptor, so
 * a plugin compiled against this module records it in its {@code requires cloudrl.api}.
 *
 * <p>A new major version may break plugins; a new minor version only adds to the API; a patch
 * changes neither. So a plugin built against version {@code B} runs on {@code CURRENT} when both have
 * the same major version and {@code B}'s minor version is not newer: see {@link #runs(ApiVersion)}.
 *
 * @param major incremented on a change that can break a plugin
 * @param minor incremented when something is added
 * @param patch incremented for a fix that changes no signature
 */
public record ApiVersion(int major, int minor, int patch) implements Comparable<ApiVersion> {

    private static final Pattern FORM = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:[-+].*)?");

    /** The version of the API that is running. */
    public static final ApiVersion CURRENT = readCurrent();

    /** Checks that no part is negative. */
    public ApiVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version " + major + "." + minor + "." + patch
                    + " is not allowed: each part must be 0 or more");
        }
    }

    /**
     * The version written {@code text}: {@code MAJOR.MINOR.PATCH} or {@code MAJOR.MINOR}, optionally
     * followed by {@code -QUALIFIER} or {@code +BUILD}, which are ignored.
     *
     * @throws IllegalArgumentException naming the text when it has another form
     */
    public static ApiVersion parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("version '" + text + "' is not allowed: write MAJOR.MINOR.PATCH,"
                    + " such as 1.2.0");
        }
        try {
            return new ApiVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3)));
        } catch (NumberFormatException tooLong) {
            throw new IllegalArgumentException("version '" + text + "' is not allowed: a part is too large", tooLong);
        }
    }

    /**
     * Whether a plugin built against {@code builtAgainst} runs on this version: the same major
     * version, and a minor version no newer than this one's (the patch does not matter).
     */
    public boolean runs(ApiVersion builtAgainst) {
        return builtAgainst.major == major && builtAgainst.minor <= minor;
    }

    /** Orders by major, then minor, then patch. */
    @Override
    public int compareTo(ApiVersion other) {
        int byMajor = Integer.compare(major, other.major);
        if (byMajor != 0) {
            return byMajor;
        }
        int byMinor = Integer.compare(minor, other.minor);
        return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
    }

    /** {@code MAJOR.MINOR.PATCH}. */
    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }

    private static ApiVersion readCurrent() {
        try (InputStream in = ApiVersion.class.getResourceAsStream("api-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("cloudrl.api is built without api-version.properties");
            }
            Properties properties = new Properties();
            properties.load(in);
            return parse(properties.getProperty("version"));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
