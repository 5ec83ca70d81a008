package cloudrl.distribution;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The release archive, unpacked into a temporary folder and run with no Maven on the PATH and no
 * sources beside it: its layout, a baseline, the plugin list and the desktop explorer.
 */
class ReleaseArchiveIT {

    @TempDir
    Path work;

    @Test
    void holdsTheScriptsEveryJarTheExamplePluginsTheDocsAndTheLicences() throws IOException {
        Path home = Launchers.archiveHome();
        assertTrue(Files.isExecutable(home.resolve("bin/cloudrl")));
        assertTrue(Files.readString(home.resolve("bin/cloudrl.bat")).contains("\r\n"), "cloudrl.bat has DOS line ends");
        List<String> lib = names(home.resolve("lib"));
        // one jar per module, from the launcher down to the contract
        for (String module : List.of("api", "env", "reward", "grader", "policy", "evaluation", "oracle", "charts",
                "workload", "plugins", "torch", "agents", "benchmarks", "ui-swing", "launcher")) {
            String jar = "cloudrl-" + module + "-" + System.getProperty("cloudrl.version") + ".jar";
            assertTrue(lib.contains(jar), jar + " in " + lib);
        }
        // libtorch's jar is on the class path, apart from the module path
        List<String> classPath = names(home.resolve("lib/classpath"));
        assertEquals(1, classPath.size(), classPath.toString());
        assertTrue(classPath.get(0).startsWith("pytorch-native-cpu-"), classPath.toString());
        assertFalse(lib.stream().anyMatch(name -> name.startsWith("pytorch-native-cpu")));
        assertEquals(List.of("cloudrl-example-policy.jar", "cloudrl-example-workload.jar"), names(home.resolve("plugins")));
        assertTrue(Files.isRegularFile(home.resolve("docs/architecture.md")));
        assertTrue(Files.isRegularFile(home.resolve("docs/plugins.md")));
        // every library jar is listed with its licence
        String thirdParty = Files.readString(home.resolve("licenses/THIRD-PARTY.md"));
        List<String> libraries = new ArrayList<>(lib.stream().filter(name -> !name.startsWith("cloudrl-")).toList());
        libraries.addAll(classPath);
        for (String library : libraries) {
            String artifact = library.replaceAll("-\\d[^-]*(-\\d[^-]*)*(-linux-x86_64)?\\.jar$", "");
            assertTrue(thirdParty.contains("| " + artifact + " ") || thirdParty.contains(" " + artifact + ","),
                    library + " (" + artifact + ") is not listed in licenses/THIRD-PARTY.md");
        }
        // the licence files the jars carry: slf4j's, for one
        assertTrue(Files.isRegularFile(home.resolve("licenses/slf4j-api-2.0.17-jar/META-INF/LICENSE.txt"))
                || Files.list(home.resolve("licenses")).anyMatch(folder -> folder.getFileName().toString()
                        .startsWith("slf4j-api-")));
    }

    @Test
    void theZipHoldsWhatTheTarHolds() throws IOException, InterruptedException {
        Set<String> zipped = new TreeSet<>();
        try (ZipFile zip = new ZipFile(System.getProperty("cloudrl.zip"))) {
            zip.stream().filter(entry -> !entry.isDirectory()).forEach(entry -> zipped.add(entry.getName()));
        }
        Path listing = work.resolve("tar.txt");
        Process tar = new ProcessBuilder("tar", "-tzf", System.getProperty("cloudrl.archive"))
                .redirectOutput(listing.toFile()).start();
        assertEquals(0, tar.waitFor());
        Set<String> tarred = new TreeSet<>(Files.readAllLines(listing).stream().filter(name -> !name.endsWith("/")).toList());
        assertEquals(tarred, zipped);
    }

    @Test
    void runsTheBaselineWithoutMavenAsTheRepositoryBuildDoes() {
        Launchers.Result archive = Launchers.ARCHIVE.run(work, Duration.ofMinutes(1), "baseline", "--task", "easy",
                "--episodes", "10");
        assertEquals(0, archive.exit(), archive.toString());
        assertEquals("easy · policy threshold · 10 episodes · seed 0", archive.outLines().get(0), archive.toString());
        assertEquals("", archive.err());
        // the same program packaged the other way: the same episodes, the same figures
        Launchers.Result script = Launchers.SCRIPT.run(work, Duration.ofMinutes(1), "baseline", "--task", "easy",
                "--episodes", "10");
        assertEquals(script.out(), archive.out());
    }

    @Test
    void listsTheExamplePluginsFromItsOwnPluginsFolder() {
        Launchers.Result plugins = Launchers.ARCHIVE.run(work, Duration.ofMinutes(1), "plugins");
        assertEquals(0, plugins.exit(), plugins.toString());
        Path folder = Launchers.archiveHome().resolve("plugins");
        assertTrue(plugins.out().contains("plugins directory: " + folder + " (default)"), plugins.out());
        assertTrue(plugins.out().contains("source: " + folder.resolve("cloudrl-example-policy.jar")), plugins.out());
        assertTrue(plugins.out().contains("source: " + folder.resolve("cloudrl-example-workload.jar")), plugins.out());
    }

    /**
     * A smoke test of the explorer from the archive: {@code bin/cloudrl gui} opens a window (found with
     * xdotool), Ctrl+W closes it, and the command exits with status 0.
     */
    @Test
    void opensTheExplorerWindowAndClosesCleanly() throws IOException, InterruptedException {
        String display = System.getenv("DISPLAY");
        Path xdotool = Path.of("/usr/bin/xdotool");
        if (display == null || display.isBlank() || !Files.isExecutable(xdotool)) {
            String reason = display == null || display.isBlank() ? "no DISPLAY (run under xvfb-run)" : "no xdotool";
            System.out.println("ReleaseArchiveIT: GUI smoke test skipped: " + reason);
            Assumptions.abort(reason);
        }
        Path out = work.resolve("gui.out");
        Path err = work.resolve("gui.err");
        Process gui = Launchers.ARCHIVE.start(work, out, err, Map.of("DISPLAY", display), "gui", "--task", "easy");
        try {
            String window = "";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (window.isEmpty() && gui.isAlive() && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(250);
                window = xdotool(xdotool, display, "search", "--onlyvisible", "--name", "CloudRL explorer");
            }
            assertFalse(window.isEmpty(), "no explorer window appeared; " + Files.readString(err));
            String id = window.lines().findFirst().orElseThrow();
            String title = xdotool(xdotool, display, "getwindowname", id);
            assertTrue(title.startsWith("CloudRL explorer"), title);
            // a click on the empty right end of the menu bar gives the window the keyboard; Ctrl+W is File > Close
            Matcher size = Pattern.compile("Geometry: (\\d+)x(\\d+)").matcher(
                    xdotool(xdotool, display, "getwindowgeometry", id));
            assertTrue(size.find(), "no window geometry");
            String right = Integer.toString(Integer.parseInt(size.group(1)) - 10);
            xdotool(xdotool, display, "mousemove", "--window", id, right, "8", "click", "1");
            xdotool(xdotool, display, "key", "--clearmodifiers", "ctrl+w");
            assertTrue(gui.waitFor(30, TimeUnit.SECONDS), "the explorer did not close on Ctrl+W");
            assertEquals(0, gui.exitValue(), Files.readString(err));
            assertEquals("", Files.readString(err));
        } finally {
            gui.destroyForcibly();
        }
    }

    private static String xdotool(Path xdotool, String display, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(xdotool.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor();
        return output;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
