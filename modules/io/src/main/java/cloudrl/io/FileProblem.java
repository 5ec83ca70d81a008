package cloudrl.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in words. The JDK's file-system exceptions often carry only a path as
 * their message (an {@link AccessDeniedException} says just {@code /proc/.x.part}), which tells a
 * user nothing; this names the cause instead.
 */
public final class FileProblem {

    private FileProblem() {
    }

    /** The cause of {@code failure} as a short phrase, such as {@code permission denied}. */
    public static String reason(IOException failure) {
        if (failure instanceof FileSystemException fileSystem) {
            String reason = fileSystem.getReason();
            if (reason != null && !reason.isBlank()) {
                return lowerFirst(reason.strip());
            }
            if (failure instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (failure instanceof NoSuchFileException) {
                return "no such file or directory";
            }
            if (failure instanceof NotDirectoryException) {
                return "not a directory";
            }
            if (failure instanceof FileAlreadyExistsException) {
                return "a file of that name already exists";
            }
            if (failure instanceof DirectoryNotEmptyException) {
                return "the directory is not empty";
            }
            return failure.getClass().getSimpleName();
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName()
                : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    private static String lowerFirst(String text) {
        return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))
                ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }
}
