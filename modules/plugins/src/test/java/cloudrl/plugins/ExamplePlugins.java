package cloudrl.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The example plugin jars the build copied for the tests (they are not on the test's class or module path). */
final class ExamplePlugins {

    static final String POLICY_JAR = "cloudrl-example-policy.jar";
    static final String WORKLOAD_JAR = "cloudrl-example-workload.jar";

    private ExamplePlugins() {
    }

    static Path jar(String name) {
        String folder = System.getProperty("cloudrl.examplePlugins");
        if (folder == null) {
            throw new IllegalStateException("run the tests with Maven: it sets cloudrl.examplePlugins to the copied jars");
        }
        Path jar = Path.of(folder, name);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("example plugin " + jar + " is missing: build with 'mvn verify'");
        }
        return jar;
    }

    /** Copies an example jar into {@code folder} under {@code targetName}. */
    static Path copy(String name, Path folder, String targetName) throws IOException {
        return Files.copy(jar(name), folder.resolve(targetName), StandardCopyOption.REPLACE_EXISTING);
    }
}
