package io.cloudrl.archetype;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the README promises of the archetype: {@code mvn archetype:generate} gives a project for each
 * part that builds (its own contract test included) and drops in; {@code cloudrl plugins} lists the
 * plugins started, and {@code evaluate} plays them. Maven runs on a private local repository that
 * mirrors this build's, into which CloudRL's artifacts are put; nothing reaches the shared one.
 */
class PluginArchetypeIT {

    private static final String[] PARTS = {"policy", "reward", "workload", "scenario"};

    private static Path root;
    private static Path repository;
    private static Path settings;
    private static String version;

    @TempDir
    Path work;

    @BeforeAll
    static void privateRepository() throws IOException {
        root = Path.of(property("cloudrl.root")).toAbsolutePath().normalize();
        version = property("cloudrl.version");
        repository = Path.of(property("cloudrl.itRepository"));
        // what the generated project needs of CloudRL, put into the private repository as 'install' would
        install("cloudrl-parent", root.resolve("pom.xml"), null);
        for (String module : new String[] {"api", "reward", "env", "check", "plugins"}) {
            Path folder = root.resolve("modules").resolve(module);
            String artifact = "cloudrl-" + module;
            install(artifact, folder.resolve("pom.xml"), folder.resolve("target").resolve(artifact + "-" + version + ".jar"));
        }
        install("cloudrl-plugin-archetype", root.resolve("plugins/cloudrl-plugin-archetype/pom.xml"),
                Path.of(property("cloudrl.archetypeJar")));
        // everything else comes from this build's own local repository, read as a file mirror: no network
        // (-U below retries what an earlier run found missing there)
        settings = repository.resolveSibling("it-settings.xml");
        Files.writeString(settings, "<settings><mirrors><mirror><id>this-build</id><mirrorOf>*</mirrorOf><url>"
                + Path.of(property("cloudrl.localRepository")).toUri() + "</url></mirror></mirrors></settings>\n");
    }

    @Test
    void generatedProjectsBuildDropInAndPlay() throws IOException, InterruptedException {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        for (String part : PARTS) {
            String artifact = "my-" + part;
            Outcome generated = maven(work, archetypePlugin() + ":generate", "-DarchetypeGroupId=io.cloudrl",
                    "-DarchetypeArtifactId=cloudrl-plugin-archetype", "-DarchetypeVersion=" + version,
                    "-DarchetypeCatalog=local", "-DgroupId=org.example", "-DartifactId=" + artifact, "-Dversion=1.2.0",
                    "-Dpackage=org.example.my" + part, "-Dpart=" + part, "-DpluginId=" + artifact,
                    "-DclassName=My" + Character.toUpperCase(part.charAt(0)) + part.substring(1));
            assertEquals(0, generated.exitCode(), generated.output());
            Path project = work.resolve(artifact);
            Outcome built = maven(project, "package");
            assertEquals(0, built.exitCode(), built.output());
            // the generated contract test ran and passed
            assertTrue(built.output().contains("Tests run: ") && built.output().contains("Failures: 0, Errors: 0"),
                    built.output());
            Files.copy(project.resolve("target").resolve(artifact + ".jar"), plugins.resolve(artifact + ".jar"),
                    StandardCopyOption.REPLACE_EXISTING);
        }

        Outcome listing = cloudrl("plugins", "--plugins", plugins.toString());
        assertEquals(0, listing.exitCode(), listing.output());
        String api = property("cloudrl.api.version");
        for (String part : PARTS) {
            // the id is the module name; the version is the project's; the API version is the one compiled against
            assertTrue(listing.output().matches("(?s).*\\n  org\\.example\\.my" + part + " +1\\.2\\.0 +" + api.replace(".", "\\.")
                    + " +started +" + plugins.resolve("my-" + part + ".jar").toString().replace(".", "\\.") + "\\n.*"),
                    listing.output());
            assertTrue(listing.output().contains("\n  my-" + part + " "), listing.output());
        }

        Outcome evaluate = cloudrl("evaluate", "--policy", "my-policy", "--reward", "my-reward", "--workload", "my-workload",
                "--task", "easy", "--episodes", "3", "--json", "--plugins", plugins.toString());
        assertEquals(0, evaluate.exitCode(), evaluate.output());
        assertTrue(evaluate.output().strip().startsWith("{\"task\": \"easy\", \"policy\": \"my-policy\", \"episodes\": 3,"),
                evaluate.output());
        // the scenario plugin composes built-in parts: its action scheme moves up to 2 servers
        Outcome scenarios = cloudrl("scenarios", "--json", "--plugins", plugins.toString());
        assertEquals(0, scenarios.exitCode(), scenarios.output());
        assertTrue(scenarios.output().contains("\"id\": \"my-scenario\"") && scenarios.output().contains("\"add 2\""),
                scenarios.output());
        Outcome played = cloudrl("evaluate", "--scenario", "my-scenario", "--task", "easy", "--episodes", "3", "--json",
                "--plugins", plugins.toString());
        assertEquals(0, played.exitCode(), played.output());
    }

    private record Outcome(int exitCode, String output) {
    }

    private static String archetypePlugin() {
        return "org.apache.maven.plugins:maven-archetype-plugin:" + property("cloudrl.archetypePlugin");
    }

    private static Outcome maven(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(property("cloudrl.maven"), "-B", "-U", "-s", settings.toString(),
                "-Dmaven.repo.local=" + repository));
        command.addAll(List.of(arguments));
        return run(directory, command);
    }

    /** The launcher as the cloudrl script starts it, from the reactor's launcher/target. */
    private static Outcome cloudrl(String... arguments) throws IOException, InterruptedException {
        Path target = root.resolve("launcher/target");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dai.djl.offline=true", "-Dcloudrl.home=" + root,
                "-p", target.resolve("cloudrl-launcher.jar") + java.io.File.pathSeparator + target.resolve("modules"),
                "-cp", target.resolve("classpath") + java.io.File.separator + "*",
                "-m", "cloudrl.launcher/cloudrl.launcher.CloudRl"));
        command.addAll(List.of(arguments));
        return run(root, command);
    }

    private static Outcome run(Path directory, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("cloudrl-it-", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            // a guard against a hung build, not a speed target
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("did not finish in 10 minutes: " + command);
            }
            return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Puts {@code pom} (and {@code jar}) where a local repository keeps io.cloudrl:ARTIFACT:VERSION. */
    private static void install(String artifact, Path pom, Path jar) throws IOException {
        Path folder = Files.createDirectories(repository.resolve("io/cloudrl").resolve(artifact).resolve(version));
        Files.copy(pom, folder.resolve(artifact + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: run the test with 'mvn verify' from the root");
            }
            Files.copy(jar, folder.resolve(artifact + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("run the test with Maven: it sets " + name);
        }
        return value;
    }
}
