package cloudrl.plugins;

import java.nio.file.Path;

/**
 * A plugin jar that could not be loaded; discovery went on without it.
 *
 * @param jar    the jar's path
 * @param reason one line saying what is wrong with it
 */
public record SkippedJar(Path jar, String reason) {

    @Override
    public String toString() {
        return "skipped plugin " + jar.getFileName() + ": " + reason + " (" + jar + ")";
    }
}
