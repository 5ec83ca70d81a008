package cloudrl.launcher;

import cloudrl.io.AtomicFile;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Checks an output option before any work starts, so an unwritable target is bad input (exit 2)
 * named with its cause, not a failure after minutes of work or a half-printed report.
 */
final class OutputTarget {

    private OutputTarget() {
    }

    /** Checks that the file {@code target}, given as {@code option}, can be written. */
    static Path file(String option, Path target) {
        try {
            AtomicFile.requireWritable(target);
        } catch (IOException cannot) {
            throw new IllegalArgumentException(option + ": " + cannot.getMessage(), cannot);
        }
        return target;
    }

    /** Checks that files can be written in the directory {@code directory}, made if missing, given as {@code option}. */
    static Path directory(String option, Path directory) {
        try {
            AtomicFile.requireWritableDirectory(directory);
        } catch (IOException cannot) {
            throw new IllegalArgumentException(option + ": " + cannot.getMessage(),
                    cannot);
        }
        return directory;
    }
}
