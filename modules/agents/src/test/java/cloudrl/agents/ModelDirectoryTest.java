package cloudrl.agents;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A checkpoint replaces the last one whole or not at all, whenever the writer is stopped. */
class ModelDirectoryTest {

    @TempDir
    Path out;

    /** A checkpoint of two files whose content says which checkpoint it is. */
    private static ModelDirectory.Contents checkpoint(String name) {
        return directory -> {
            Files.writeString(directory.resolve("network.params"), name + " weights");
            Files.writeString(directory.resolve(ModelDirectory.METADATA), name);
        };
    }

    private String current() throws IOException {
        return Files.readString(ModelDirectory.locate(out).resolve(ModelDirectory.METADATA));
    }

    private long leftovers() throws IOException {
        try (Stream<Path> entries = Files.list(out)) {
            return entries.filter(path -> !path.getFileName().toString().equals(ModelDirectory.MODEL)).count();
        }
    }

    @Test
    void aNewCheckpointReplacesTheLastOne() throws IOException {
        assertEquals(out.resolve("model"), ModelDirectory.commit(out, checkpoint("first")));
        ModelDirectory.commit(out, checkpoint("second"));
        assertEquals("second", current());
        assertEquals("second weights", Files.readString(out.resolve("model/network.params")));
        assertEquals(0, leftovers(), "no temporary or previous directory stays behind");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheLastCheckpoint() throws IOException {
        ModelDirectory.commit(out, checkpoint("good"));
        IOException failure = assertThrows(IOException.class, () -> ModelDirectory.commit(out, directory -> {
            Files.writeString(directory.resolve("network.params"), "half of the wei");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("good", current());
        assertEquals("good weights", Files.readString(out.resolve("model/network.params")));
        assertEquals(0, leftovers(), "the half-written directory is removed");
    }

    @Test
    void aHalfWrittenDirectoryOfAKilledRunIsNeverLoadedAndIsCleanedUp() throws IOException {
        ModelDirectory.commit(out, checkpoint("good"));
        // what a run killed while writing leaves: a partial directory, model untouched
        Path partial = Files.createDirectory(out.resolve(ModelDirectory.PARTIAL_PREFIX + "4242-1"));
        Files.writeString(partial.resolve("network.params"), "half");
        Files.writeString(partial.resolve(ModelDirectory.METADATA), "half");
        assertEquals("good", current());
        ModelDirectory.commit(out, checkpoint("next"));
        assertEquals("next", current());
        assertFalse(Files.exists(partial));
    }

    @Test
    void aRunKilledBetweenTheTwoRenamesLeavesTheLastCheckpointLoadable() throws IOException {
        ModelDirectory.commit(out, checkpoint("good"));
        // the first rename happened, the second did not
        Files.move(out.resolve(ModelDirectory.MODEL), out.resolve(ModelDirectory.PREVIOUS));
        Files.createDirectory(out.resolve(ModelDirectory.PARTIAL_PREFIX + "4242-2"));
        assertEquals(out.resolve(ModelDirectory.PREVIOUS), ModelDirectory.locate(out));
        assertEquals("good", current());
        ModelDirectory.finishInterruptedSwap(out);
        assertEquals(out.resolve(ModelDirectory.MODEL), ModelDirectory.locate(out));
        assertEquals(0, leftovers());
        ModelDirectory.commit(out, checkpoint("next"));
        assertEquals("next", current());
    }

    @Test
    void locatingAcceptsTheOutputDirectoryOrTheModelDirectory() throws IOException {
        ModelDirectory.commit(out, checkpoint("good"));
        assertEquals(out.resolve("model"), ModelDirectory.locate(out));
        assertEquals(out.resolve("model"), ModelDirectory.locate(out.resolve("model")));
    }

    @Test
    void locatingNamesThePathAndWhatIsMissing() throws IOException {
        assertEquals("model directory " + out + " holds no saved model: expected " + out.resolve("model/agent.properties")
                        + ", as 'cloudrl train --out " + out + "' writes it",
                assertThrows(IllegalArgumentException.class, () -> ModelDirectory.locate(out)).getMessage());
        Path missing = out.resolve("nowhere");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ModelDirectory.locate(missing)).getMessage()
                .startsWith("model directory " + missing + " does not exist"));
        Path file = Files.writeString(out.resolve("file"), "x");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ModelDirectory.locate(file)).getMessage()
                .startsWith("model directory " + file + " is a file"));
    }
}
