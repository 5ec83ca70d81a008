package cloudrl.distribution;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A plain plugin jar of policies that misbehave while running, compiled with javax.tools against the
 * archive's cloudrl.api jar: {@code throws-at-three} throws on its third act of an episode,
 * {@code stuck} never returns from act.
 */
final class TestPlugins {

    static final String SOURCE = """
            package bad;
            import cloudrl.api.*;
            public final class Policies {
              private Policies() { }
              public static final class Throws extends Base {
                public Throws() { super("throws-at-three"); }
                public Policy create(long seed, Parameters parameters) {
                  return new Policy() {
                    int calls;
                    public Action act(Observation observation) {
                      if (++calls == 3) { throw new IllegalStateException("boom"); }
                      return Action.MAINTAIN;
                    }
                    public void reset() { calls = 0; }
                  };
                }
              }
              public static final class Stuck extends Base {
                public Stuck() { super("stuck"); }
                public Policy create(long seed, Parameters parameters) {
                  return observation -> {
                    while (true) {
                      try { Thread.sleep(60_000); } catch (InterruptedException ignored) { }
                    }
                  };
                }
              }
              public abstract static class Base implements PolicyProvider {
                private final String id;
                Base(String id) { this.id = id; }
                public String id() { return id; }
                public String description() { return "misbehaving test policy " + id; }
              }
            }
            """;

    private static Path built;

    private TestPlugins() {
    }

    /** Copies {@code misbehaving.jar}, compiled once per test run, into {@code folder}. */
    static synchronized Path misbehaving(Path folder) throws IOException {
        if (built == null) {
            Path workspace = Files.createTempDirectory("cloudrl-test-plugin");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> Launchers.delete(workspace)));
            built = build(workspace);
        }
        return Files.copy(built, folder.resolve(built.getFileName()));
    }

    private static Path build(Path workspace) throws IOException {
        Path folder = workspace;
        Path source = Files.createDirectories(workspace.resolve("src/bad")).resolve("Policies.java");
        Files.writeString(source, SOURCE);
        Path classes = Files.createDirectories(workspace.resolve("classes"));
        Path api = Launchers.archiveHome().resolve("lib/cloudrl-api-" + System.getProperty("cloudrl.version") + ".jar");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, null, diagnostics, "-d", classes.toString(), "--release", "17", "-nowarn",
                "--class-path", api.toString(), source.toString());
        if (status != 0) {
            throw new IllegalStateException("the test plugin does not compile: " + diagnostics.toString(StandardCharsets.UTF_8));
        }
        Path jar = folder.resolve("misbehaving.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/cloudrl.api.PolicyProvider"));
            out.write(String.join("\n", List.of("bad.Policies$Throws", "bad.Policies$Stuck", ""))
                    .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
