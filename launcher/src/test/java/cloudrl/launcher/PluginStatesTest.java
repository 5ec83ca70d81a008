package cloudrl.launcher;

import cloudrl.api.PolicyProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.spi.ToolProvider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plugin that reuses the built-in id {@code threshold} fails alone: the commands that ask for no
 * policy run, one that asks for {@code threshold} refuses naming both sources, and disabling the
 * plugin lets it run again.
 */
class PluginStatesTest {

    @TempDir
    Path home;

    Path plugins;
    Path impostor;

    private record Outcome(int exitCode, String out, String err) {
    }

    private static Outcome cloudrl(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CloudRl.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    @BeforeEach
    void dropInAJarReusingThreshold() throws IOException, URISyntaxException {
        plugins = Files.createDirectories(home.resolve("plugins"));
        Path source = home.resolve("src/impostor/Threshold.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package impostor;\n"
                + "public class Threshold implements cloudrl.api.PolicyProvider {\n"
                + "  public String id() { return \"threshold\"; }\n"
                + "  public String description() { return \"a second threshold\"; }\n"
                + "  public cloudrl.api.Policy create(long seed, cloudrl.api.Parameters parameters) {\n"
                + "    return observation -> cloudrl.api.Action.MAINTAIN;\n"
                + "  }\n"
                + "}\n");
        Path classes = home.resolve("classes");
        Path api = Path.of(PolicyProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = ToolProvider.findFirst("javac").orElseThrow().run(new PrintStream(diagnostics),
                new PrintStream(diagnostics), "-d", classes.toString(), "--class-path", api.toString(), source.toString());
        assertEquals(0, status, diagnostics.toString(StandardCharsets.UTF_8));
        impostor = plugins.resolve("impostor.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(impostor), manifest)) {
            jar.putNextEntry(new JarEntry("impostor/Threshold.class"));
            jar.write(Files.readAllBytes(classes.resolve("impostor/Threshold.class")));
            jar.putNextEntry(new JarEntry("META-INF/services/cloudrl.api.PolicyProvider"));
            jar.write("impostor.Threshold\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void commandsThatUseNoPolicyRunAndTheListingShowsThePluginFailed() {
        Outcome oracle = cloudrl("oracle", "--task", "easy", "--plugins", plugins.toString());
        assertEquals(0, oracle.exitCode(), oracle.err());
        assertTrue(oracle.err().startsWith("cloudrl: warning: skipped plugin impostor: its policy 'threshold'"), oracle.err());
        assertTrue(oracle.err().contains("built-in"), oracle.err());

        Outcome train = cloudrl("train", "--agent", "ppo", "--task", "easy", "--steps", "64", "--hyper", "rolloutLength=8",
                "--out", home.resolve("agent").toString(), "--plugins", plugins.toString());
        assertEquals(0, train.exitCode(), train.err());

        Outcome listing = cloudrl("plugins", "--plugins", plugins.toString());
        assertEquals(0, listing.exitCode(), listing.err());
        assertTrue(listing.out().contains("  impostor  unversioned  ?          failed    " + impostor), listing.out());
    }

    @Test
    void aCommandAskingForTheIdRefusesNamingBothSources() {
        Outcome evaluate = cloudrl("evaluate", "--task", "easy", "--episodes", "2", "--plugins", plugins.toString());
        assertEquals(ErrorReporter.BAD_INPUT, evaluate.exitCode());
        String last = evaluate.err().strip().lines().reduce((first, second) -> second).orElseThrow();
        assertTrue(last.startsWith("cloudrl evaluate: 2 policy providers have the id 'threshold': built-in ("), last);
        assertTrue(last.contains(impostor + " (impostor.Threshold)"), last);
        assertEquals("", evaluate.out());
    }

    @Test
    void aDisabledPluginIsSkippedWithANoteUntilItIsEnabled() throws IOException {
        Outcome disable = cloudrl("plugins", "disable", "impostor", "--plugins", plugins.toString());
        assertEquals(0, disable.exitCode(), disable.err());
        Path file = home.resolve("plugins.disabled");
        assertTrue(Files.readAllLines(file).contains("impostor"), Files.readString(file));

        Outcome evaluate = cloudrl("evaluate", "--task", "easy", "--episodes", "2", "--plugins", plugins.toString());
        assertEquals(0, evaluate.exitCode(), evaluate.err());
        assertTrue(evaluate.err().startsWith("cloudrl: note: skipped plugin impostor: disabled in " + file), evaluate.err());
        Outcome listing = cloudrl("plugins", "--json", "--plugins", plugins.toString());
        assertTrue(listing.out().contains("{\"plugin\": \"impostor\", \"version\": null, \"api_version\": null,"
                + " \"state\": \"disabled\""), listing.out());

        // by file name, as by id
        Outcome enable = cloudrl("plugins", "enable", "impostor.jar", "--plugins", plugins.toString());
        assertEquals(0, enable.exitCode(), enable.err());
        assertTrue(!Files.readAllLines(file).contains("impostor"), Files.readString(file));
        assertEquals(ErrorReporter.BAD_INPUT,
                cloudrl("evaluate", "--task", "easy", "--episodes", "2", "--plugins", plugins.toString()).exitCode());
    }

    @Test
    void switchingAPluginThatIsNotThereIsBadInput() {
        Outcome outcome = cloudrl("plugins", "disable", "nobody", "--plugins", plugins.toString());
        assertEquals(ErrorReporter.BAD_INPUT, outcome.exitCode());
        assertEquals("cloudrl plugins disable: plugin 'nobody' is not allowed: " + plugins + " holds impostor (impostor.jar)",
                outcome.err().strip());
        assertTrue(Files.notExists(home.resolve("plugins.disabled")));
    }
}
