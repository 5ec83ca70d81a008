package cloudrl.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The plugins switched off with {@code cloudrl plugins disable}: a text file beside the plugins
 * directory, named after it with {@code .disabled} ({@code plugins.disabled} for {@code plugins/}),
 * holding one plugin id or file name per line. It sits beside the folder, not in it, so that a
 * folder of jars can be replaced without losing the switches, and is written atomically.
 *
 * @param file    the file
 * @param entries the ids and file names it lists, sorted
 */
public record DisabledPlugins(Path file, List<String> entries) {

    public DisabledPlugins {
        entries = List.copyOf(new TreeSet<>(entries));
    }

    /** The file for {@code directory}, read; none listed when it does not exist. */
    public static DisabledPlugins of(Path directory) {
        Path folder = directory.toAbsolutePath().normalize();
        if (folder.getFileName() == null) {
            throw new IllegalArgumentException("the plugins directory " + folder + " is not allowed: it has no"
                    + " parent folder to keep its disabled-plugins file in; choose a sub-folder");
        }
        Path file = folder.resolveSibling(folder.getFileName() + ".disabled");
        try {
            List<String> entries = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
            return new DisabledPlugins(file, entries);
        } catch (NoSuchFileException absent) {
            return new DisabledPlugins(file, List.of());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + file + ": " + unreadable.getMessage(), unreadable);
        }
    }

    /** Whether {@code plugin} is listed, by id or by file name. */
    public boolean lists(Plugin plugin) {
        return entries.contains(plugin.id()) || entries.contains(plugin.fileName());
    }

    /** The list with {@code entry} added. */
    public DisabledPlugins with(String entry) {
        List<String> more = new ArrayList<>(entries);
        more.add(entry);
        return new DisabledPlugins(file, more);
    }

    /** The list without {@code entry}. */
    public DisabledPlugins without(String entry) {
        return new DisabledPlugins(file, entries.stream().filter(listed -> !listed.equals(entry)).toList());
    }

    /** The list without any entry that names {@code plugin}. */
    public DisabledPlugins without(Plugin plugin) {
        return new DisabledPlugins(file, entries.stream()
                .filter(entry -> !entry.equals(plugin.id()) && !entry.equals(plugin.fileName())).toList());
    }

    /**
     * Writes the list: to a new file in the same folder, forced to disk, then moved over the old one
     * in one step, so a reader sees the old list or the new, never half of one.
     *
     * @throws UncheckedIOException naming the file and the cause
     */
    public void write() {
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        StringBuilder text = new StringBuilder("# plugins CloudRL skips, by id or file name; 'cloudrl plugins enable ID' removes one\n");
        entries.forEach(entry -> text.append(entry).append('\n'));
        try {
            // opened rather than Files.createTempFile, which would ignore the umask (mode 0600)
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                channel.write(StandardCharsets.UTF_8.encode(text.toString()));
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException failure) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the first failure is the one to report
            }
            throw new UncheckedIOException("cannot write " + file + ": " + failure, failure);
        }
    }
}
