package cloudrl.agents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where a training run keeps its model, and how a new checkpoint replaces the last one without ever
 * leaving a half-written model in its place.
 *
 * <p>Layout of the output directory {@code OUT}: the model is {@code OUT/model/} (metadata and
 * parameter files). A checkpoint is first written completely into a fresh temporary directory
 * {@code OUT/.model-partial-*}, its files forced to disk; only then is the current
 * {@code OUT/model} renamed to {@code OUT/model.previous}, the temporary directory renamed to
 * {@code OUT/model}, and the previous one deleted. Both renames are atomic within one file system.
 * So an interruption at any moment leaves a complete model: before the first rename the old
 * {@code model} is untouched (the partial directory is ignored and removed by the next run);
 * between the renames {@code model.previous} is complete, and {@link #locate} falls back to it.
 */
public final class ModelDirectory {

    /** The model's directory inside the output directory. */
    public static final String MODEL = "model";
    /** The model being replaced, present only between the two renames of a checkpoint. */
    public static final String PREVIOUS = "model.previous";
    /** Prefix of the temporary directories checkpoints are written into. */
    public static final String PARTIAL_PREFIX = ".model-partial-";
    /** The metadata file every model directory holds. */
    public static final String METADATA = "agent.properties";

    /** Writes the files of one checkpoint into an empty directory. */
    @FunctionalInterface
    public interface Contents {
        void writeTo(Path directory) throws IOException;
    }

    private ModelDirectory() {
    }

    /**
     * Writes {@code contents} as the new model of {@code out}, replacing the previous one atomically.
     *
     * @return the model directory, {@code out/model}
     * @throws IOException when writing fails; the previous model is then still in place
     */
    public static Path commit(Path out, Contents contents) throws IOException {
        Files.createDirectories(out);
        Path model = out.resolve(MODEL);
        Path previous = out.resolve(PREVIOUS);
        finishInterruptedSwap(out);
        // not createTempDirectory, whose directory would be private to the user
        Path partial = Files.createDirectory(out.resolve(PARTIAL_PREFIX + ProcessHandle.current().pid() + "-"
                + System.nanoTime()));
        try {
            contents.writeTo(partial);
        } catch (IOException | RuntimeException failed) {
            deleteRecursively(partial);
            throw failed;
        }
        if (Files.exists(model)) {
            Files.move(model, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(partial, model, StandardCopyOption.ATOMIC_MOVE);
        deleteRecursively(previous);
        return model;
    }

    /**
     * Puts things right after a run that stopped between the two renames ({@code model} gone,
     * {@code model.previous} complete), and removes partial checkpoints a killed run left behind.
     */
    public static void finishInterruptedSwap(Path out) throws IOException {
        Path model = out.resolve(MODEL);
        Path previous = out.resolve(PREVIOUS);
        if (!Files.exists(model) && Files.isDirectory(previous)) {
            Files.move(previous, model, StandardCopyOption.ATOMIC_MOVE);
        } else if (Files.exists(model)) {
            deleteRecursively(previous);
        }
        if (Files.isDirectory(out)) {
            try (DirectoryStream<Path> partials = Files.newDirectoryStream(out, PARTIAL_PREFIX + "*")) {
                for (Path partial : partials) {
                    deleteRecursively(partial);
                }
            }
        }
    }

    /** Whether the training output directory {@code out} holds a saved model (or one mid-swap). */
    public static boolean holdsModel(Path out) {
        return Files.isRegularFile(out.resolve(MODEL).resolve(METADATA))
                || Files.isRegularFile(out.resolve(PREVIOUS).resolve(METADATA));
    }

    /**
     * The directory to load a model from, given either a training output directory or a model
     * directory itself.
     *
     * @throws IllegalArgumentException naming the path and what is missing
     */
    public static Path locate(Path given) {
        if (!Files.exists(given)) {
            throw new IllegalArgumentException("model directory " + given + " does not exist: give the --out directory"
                    + " of 'cloudrl train'");
        }
        if (!Files.isDirectory(given)) {
            throw new IllegalArgumentException("model directory " + given + " is a file, not a directory: give the --out"
                    + " directory of 'cloudrl train'");
        }
        if (Files.isRegularFile(given.resolve(METADATA))) {
            return given;
        }
        for (String candidate : new String[] {MODEL, PREVIOUS}) {
            if (Files.isRegularFile(given.resolve(candidate).resolve(METADATA))) {
                return given.resolve(candidate);
            }
        }
        throw new IllegalArgumentException("model directory " + given + " holds no saved model: expected "
                + given.resolve(MODEL).resolve(METADATA) + ", as 'cloudrl train --out " + given + "' writes it");
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(each -> {
                try {
                    Files.delete(each);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
