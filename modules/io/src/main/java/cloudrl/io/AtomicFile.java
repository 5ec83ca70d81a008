package cloudrl.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file so that a reader sees either the old file or the complete new one, never part of
 * one. The one guarantee: the bytes go to a new temporary file in the target's own directory, are
 * forced to the device (fsync), and the temporary file is then moved over the target in one atomic
 * rename. Where the file system cannot rename atomically the write fails; there is no fallback to
 * a plain copy or move. The temporary file is created with the default permissions, so the result
 * has the mode the user's umask gives every other file (not the owner-only mode of
 * {@link Files#createTempFile}). On failure the temporary file is removed and the target is as it was.
 */
public final class AtomicFile {

    /** Produces a file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private AtomicFile() {
    }

    /**
     * Writes {@code content} to {@code target}, replacing any file there.
     *
     * @throws IOException whose message names the target (never the temporary file) and the cause
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        requireDirectory(target, absolute);
        Path temporary = temporaryBeside(absolute);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.CREATE_NEW)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            throw new IOException("cannot write " + target + ": its file system cannot replace a file atomically",
                    notAtomic);
        } catch (IOException failed) {
            throw new IOException("cannot write " + target + ": " + FileProblem.reason(failed), failed);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Checks, before any work, that {@link #write} could write {@code target}: its directory exists
     * and is a directory, the target is not a directory, and a file can be created beside it (tried
     * for real and removed, since permission bits do not tell, for example on {@code /proc}).
     *
     * @throws IOException naming the target and why it cannot be written
     */
    public static void requireWritable(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        requireDirectory(target, absolute);
        Path probe = temporaryBeside(absolute);
        try {
            Files.newByteChannel(probe, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW).close();
        } catch (IOException failed) {
            throw new IOException("cannot write " + target + ": " + FileProblem.reason(failed), failed);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /**
     * Checks, before any work, that {@code directory} exists or can be created and that files can be
     * written in it: the nearest existing ancestor must be a directory in which a file can be created.
     * Nothing is created except a probe file, which is removed.
     *
     * @throws IOException naming the directory and why it cannot be written
     */
    public static void requireWritableDirectory(Path directory) throws IOException {
        Path absolute = directory.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new IOException("cannot write into " + directory + ": no part of it exists");
        }
        if (!Files.isDirectory(existing)) {
            throw new IOException("cannot write into " + directory + ": " + existing + " is not a directory");
        }
        Path probe = existing.resolve("." + ProcessHandle.current().pid() + "." + SEQUENCE.incrementAndGet()
                + ".probe");
        try {
            Files.newByteChannel(probe, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW).close();
        } catch (IOException failed) {
            throw new IOException("cannot write into " + directory + ": " + FileProblem.reason(failed), failed);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    private static void requireDirectory(Path target, Path absolute) throws IOException {
        Path directory = absolute.getParent();
        if (directory == null) {
            throw new IOException("cannot write " + target + ": it is not a file");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException("cannot write " + target + ": it is a directory");
        }
        Path existing = directory;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new IOException("cannot write " + target + ": " + existing + " is not a directory");
        }
        if (!Files.isDirectory(directory)) {
            throw new IOException("cannot write " + target + ": directory " + directory + " does not exist");
        }
    }

    // a unique hidden name in the same directory, so the final rename stays within one file system
    private static Path temporaryBeside(Path absolute) {
        return absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "."
                + SEQUENCE.incrementAndGet() + ".part");
    }
}
