package cloudrl.ui.swing.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AtomicFileTest {

    @TempDir
    Path folder;

    @Test
    void writesAndReplaces() throws IOException {
        Path target = folder.resolve("out.txt");
        AtomicFile.write(target, out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
        AtomicFile.write(target, out -> out.write("second".getBytes(StandardCharsets.UTF_8)));
        assertEquals("second", Files.readString(target));
        assertEquals(1, entries());
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("out.txt");
        Files.writeString(target, "old");
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(1, entries());
    }

    @Test
    void aMissingDirectoryIsNamed() {
        Path target = folder.resolve("missing").resolve("out.txt");
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> { }));
        assertEquals("cannot write " + target + ": directory " + target.getParent() + " does not exist",
                failure.getMessage());
    }

    @Test
    void aDirectoryIsNotOverwritten() throws IOException {
        Path directory = Files.createDirectory(folder.resolve("dir"));
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(directory, out -> { }));
        assertEquals("cannot write " + directory + ": it is a directory", failure.getMessage());
    }

    private long entries() throws IOException {
        try (var files = Files.list(folder)) {
            return files.count();
        }
    }
}
