package cloudrl.plugins;

import cloudrl.api.PolicyProvider;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Builds small plugin jars for tests: compiles Java sources against cloudrl.api with javax.tools,
 * then packs the classes (all, or all but some) and extra entries with java.util.jar.
 */
final class TestJars {

    private final Path workspace;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, byte[]> extraEntries = new LinkedHashMap<>();
    private final List<String> leftOut = new ArrayList<>();
    private final List<Path> modulePath = new ArrayList<>();
    private final Map<String, String> manifestAttributes = new LinkedHashMap<>();

    private TestJars(Path workspace) {
        this.workspace = workspace;
        modulePath.add(apiLocation());
    }

    /** Builds against a copy of cloudrl.api whose descriptor says {@code version}, as a plugin built for that API would be. */
    TestJars againstApiVersion(String version) throws IOException {
        Path jar = workspace.resolve("cloudrl-api-" + version + ".jar");
        if (!Files.exists(jar)) {
            Path api = apiLocation();
            List<String> arguments = new ArrayList<>(List.of("--create", "--file", jar.toString(), "--module-version", version));
            if (Files.isDirectory(api)) {
                arguments.addAll(List.of("-C", api.toString(), "."));
            } else {
                Path classes = Files.createDirectories(workspace.resolve("api-" + version + "-classes"));
                try (java.util.jar.JarFile file = new java.util.jar.JarFile(api.toFile())) {
                    for (JarEntry entry : java.util.Collections.list(file.entries())) {
                        if (!entry.isDirectory()) {
                            Path target = classes.resolve(entry.getName());
                            Files.createDirectories(target.getParent());
                            Files.copy(file.getInputStream(entry), target);
                        }
                    }
                }
                arguments.addAll(List.of("-C", classes.toString(), "."));
            }
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int status = java.util.spi.ToolProvider.findFirst("jar").orElseThrow()
                    .run(new java.io.PrintStream(errors), new java.io.PrintStream(errors), arguments.toArray(String[]::new));
            if (status != 0) {
                throw new IllegalStateException("cannot version a copy of cloudrl.api: " + errors);
            }
        }
        modulePath.set(0, jar);
        return this;
    }

    /** Adds a main attribute to the jar's manifest, such as {@code CloudRL-Api-Version}. */
    TestJars manifest(String name, String value) {
        manifestAttributes.put(name, value);
        return this;
    }

    static TestJars in(Path workspace) {
        return new TestJars(workspace);
    }

    /** Adds a source file, {@code path} relative to the source root, such as {@code p/A.java}. */
    TestJars source(String path, String code) {
        sources.put(path, code);
        return this;
    }

    /** Adds a jar entry as it is, such as {@code META-INF/services/...}. */
    TestJars entry(String name, String text) {
        extraEntries.put(name, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Adds a jar entry as bytes. */
    TestJars entry(String name, byte[] bytes) {
        extraEntries.put(name, bytes);
        return this;
    }

    /** Compiles but leaves this class file (such as {@code p/Base.class}) out of the jar. */
    TestJars leaveOut(String classFile) {
        leftOut.add(classFile);
        return this;
    }

    /** Puts another compiled module folder on the module path, for compiling only. */
    TestJars compiledAgainst(Path moduleFolder) {
        modulePath.add(moduleFolder);
        return this;
    }

    /** Compiles the sources into a folder and returns it (for modules a jar is compiled against). */
    Path compile(String name) throws IOException {
        Path sourceRoot = Files.createDirectories(workspace.resolve(name + "-src"));
        Path classes = Files.createDirectories(workspace.resolve(name + "-classes"));
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-nowarn", "-proc:none"));
        boolean modular = sources.containsKey("module-info.java");
        arguments.add(modular ? "--module-path" : "--class-path");
        arguments.add(String.join(java.io.File.pathSeparator, modulePath.stream().map(Path::toString).toList()));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = sourceRoot.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, null, diagnostics, arguments.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("test plugin " + name + " does not compile: "
                    + diagnostics.toString(StandardCharsets.UTF_8));
        }
        return classes;
    }

    /** Compiles and packs {@code name}.jar into {@code folder}. */
    Path jar(Path folder, String name) throws IOException {
        Path classes = compile(name);
        Path jar = folder.resolve(name + ".jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifestAttributes.forEach((key, value) -> manifest.getMainAttributes().putValue(key, value));
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String entry = classes.relativize(file).toString().replace('\\', '/');
                if (!leftOut.contains(entry) && !extraEntries.containsKey(entry)) {
                    out.putNextEntry(new JarEntry(entry));
                    out.write(Files.readAllBytes(file));
                    out.closeEntry();
                }
            }
            for (Map.Entry<String, byte[]> extra : extraEntries.entrySet()) {
                out.putNextEntry(new JarEntry(extra.getKey()));
                out.write(extra.getValue());
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The jar or folder cloudrl.api was loaded from. */
    static Path apiLocation() {
        try {
            return Path.of(PolicyProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A policy provider's source with the given id, class name and constructor body. */
    static String policyProvider(String pkg, String className, String id, String constructorBody) {
        return "package " + pkg + ";\n"
                + "public class " + className + " implements cloudrl.api.PolicyProvider {\n"
                + "  public " + className + "() { " + constructorBody + " }\n"
                + "  public String id() { return \"" + id + "\"; }\n"
                + "  public String description() { return \"test policy " + id + "\"; }\n"
                + "  public cloudrl.api.Policy create(long seed, cloudrl.api.Parameters parameters) {\n"
                + "    return observation -> cloudrl.api.Action.MAINTAIN;\n"
                + "  }\n"
                + "}\n";
    }
}
