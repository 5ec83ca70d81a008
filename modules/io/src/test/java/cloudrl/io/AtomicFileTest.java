package cloudrl.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AtomicFileTest {

    @TempDir
    Path directory;

    private static AtomicFile.Content text(String text) {
        return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.toList();
        }
    }

    @Test
    void writesAndReplacesTheWholeFile() throws IOException {
        Path target = directory.resolve("out.csv");
        AtomicFile.write(target, text("first, and longer"));
        AtomicFile.write(target, text("second"));
        assertEquals("second", Files.readString(target));
        assertEquals(List.of(target), entries(), "no temporary file is left");
    }

    @Test
    void theFileGetsTheModeTheUmaskGivesAnyNewFile() throws IOException {
        assumeTrue(directory.getFileSystem().supportedFileAttributeViews().contains("posix"));
        // the independent reference: a file created the ordinary way in the same directory
        Set<PosixFilePermission> ordinary = Files.getPosixFilePermissions(Files.createFile(directory.resolve("plain")));
        Path target = directory.resolve("chart.png");
        AtomicFile.write(target, text("png"));
        assertEquals(ordinary, Files.getPosixFilePermissions(target));
    }

    @Test
    void aFailingWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = directory.resolve("model.txt");
        Files.writeString(target, "old");
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("cannot write " + target + ": disk full", failure.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), entries());
    }

    @Test
    void aFileInThePlaceOfTheDirectoryIsNamed() throws IOException {
        Path file = Files.writeString(directory.resolve("notes"), "x");
        Path target = file.resolve("x.png");
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(target, text("png")));
        assertEquals("cannot write " + target + ": " + file + " is not a directory", failure.getMessage());
        IOException early = assertThrows(IOException.class, () -> AtomicFile.requireWritable(target));
        assertEquals(failure.getMessage(), early.getMessage());
    }

    @Test
    void aDirectoryInThePlaceOfTheFileIsNamed() throws IOException {
        Path target = Files.createDirectory(directory.resolve("out.png"));
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.requireWritable(target));
        assertEquals("cannot write " + target + ": it is a directory", failure.getMessage());
    }

    @Test
    void aMissingDirectoryIsNamed() {
        Path target = directory.resolve("missing").resolve("x.png");
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(target, text("png")));
        assertEquals("cannot write " + target + ": directory " + target.getParent() + " does not exist",
                failure.getMessage());
    }

    @Test
    void anUnwritableDirectoryIsNamedWithItsCauseNotTheTemporaryFile() {
        // /proc refuses new files even to root, whatever its permission bits say
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc.resolve("self")));
        Path target = proc.resolve("foo.png");
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.requireWritable(target));
        assertTrue(failure.getMessage().startsWith("cannot write /proc/foo.png: "), failure.getMessage());
        assertFalse(failure.getMessage().contains(".part"), failure.getMessage());
        assertFalse(failure.getMessage().endsWith(": "), failure.getMessage());
        IOException writing = assertThrows(IOException.class, () -> AtomicFile.write(target, text("png")));
        assertEquals(failure.getMessage(), writing.getMessage());
    }

    @Test
    void aWritableDirectoryToBeMadeIsAccepted() throws IOException {
        AtomicFile.requireWritableDirectory(directory.resolve("a").resolve("b"));
        assertEquals(List.of(), entries(), "the check creates nothing");
        Path file = Files.writeString(directory.resolve("file"), "x");
        IOException failure = assertThrows(IOException.class,
                () -> AtomicFile.requireWritableDirectory(file.resolve("run")));
        assertEquals("cannot write into " + file.resolve("run") + ": " + file + " is not a directory",
                failure.getMessage());
    }
}
