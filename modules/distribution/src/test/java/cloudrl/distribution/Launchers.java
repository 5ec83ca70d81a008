package cloudrl.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The two ways a user starts CloudRL, as real processes: the repository's {@code ./cloudrl} script
 * and {@code bin/cloudrl} of the unpacked release archive. Both run with a PATH that holds no Maven
 * (only the few tools the scripts use) and {@code JAVA_HOME} set to the JDK running the tests.
 */
enum Launchers {

    SCRIPT, ARCHIVE;

    private static Path unpacked;
    private static Path tools;

    /** What a finished process printed and returned. */
    record Result(int exit, String out, String err) {

        List<String> errLines() {
            return err.lines().toList();
        }

        List<String> outLines() {
            return out.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
        }
    }

    /** The executable of this launcher. */
    Path executable() {
        return this == SCRIPT ? repository().resolve("cloudrl") : archiveHome().resolve("bin/cloudrl");
    }

    /** The folder its default plugins folder is in. */
    Path home() {
        return this == SCRIPT ? repository() : archiveHome();
    }

    /** Runs {@code args} to the end (at most {@code limit}) in {@code directory}. */
    Result run(Path directory, Duration limit, String... args) {
        try {
            Path out = Files.createTempFile("cloudrl-out", ".txt");
            Path err = Files.createTempFile("cloudrl-err", ".txt");
            Process process = start(directory, out, err, Map.of(), args);
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(this + " " + String.join(" ", args) + " did not finish within " + limit
                        + "; it printed:\n" + Files.readString(out) + Files.readString(err));
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Runs {@code args} to the end, at most two minutes, in a fresh temporary folder's parent. */
    Result run(String... args) {
        return run(Path.of(System.getProperty("java.io.tmpdir")), Duration.ofMinutes(2), args);
    }

    /** Starts {@code args}, its output going to the two files. */
    Process start(Path directory, Path out, Path err, Map<String, String> extraEnvironment, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(executable().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(key -> key.startsWith("CLOUDRL_") || key.startsWith("MAVEN"));
        environment.put("PATH", tools().toString());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.putAll(extraEnvironment);
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    /** The repository checkout the tests run in. */
    static Path repository() {
        return Path.of(System.getProperty("cloudrl.repository")).toAbsolutePath().normalize();
    }

    /** The release archive unpacked once into a temporary folder, with tar as a user would. */
    static synchronized Path archiveHome() {
        if (unpacked == null) {
            try {
                Path folder = Files.createTempDirectory("cloudrl-release");
                Process tar = new ProcessBuilder("tar", "-xzf", System.getProperty("cloudrl.archive"), "-C",
                        folder.toString()).inheritIO().start();
                if (tar.waitFor() != 0) {
                    throw new IllegalStateException("tar could not unpack " + System.getProperty("cloudrl.archive"));
                }
                unpacked = folder.resolve("cloudrl-" + System.getProperty("cloudrl.version"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return unpacked;
    }

    /**
     * A folder of links to the tools the two scripts call, and nothing else: in particular no Maven,
     * so the archive is shown to run without it, and the repository's script cannot start a nested build.
     * The reactor packaged the launcher before these tests, so the script's build stamp is made current.
     */
    static synchronized Path tools() {
        if (tools == null) {
            try {
                tools = Files.createTempDirectory("cloudrl-tools");
                for (String tool : List.of("bash", "dirname", "readlink", "find", "touch", "mktemp", "tail", "rm")) {
                    Path found = which(tool);
                    Files.createSymbolicLink(tools.resolve(tool), found);
                }
                Files.createSymbolicLink(tools.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
                Path stamp = repository().resolve("launcher/target/.built");
                if (!Files.exists(stamp)) {
                    Files.createFile(stamp);
                }
                Files.setLastModifiedTime(stamp, FileTime.from(Instant.now()));
                Path folder = tools;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tools;
    }

    private static Path which(String tool) {
        for (String entry : System.getenv("PATH").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(entry, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(tool + " is not on the PATH of the tests");
    }

    static void delete(Path folder) {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
