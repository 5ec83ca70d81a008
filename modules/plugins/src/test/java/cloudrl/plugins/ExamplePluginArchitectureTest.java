package cloudrl.plugins;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.jar.JarFile;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The example plugins depend on the CloudRL API, the JDK and what they bundle only, as a plugin
 * that works in any install must.
 */
class ExamplePluginArchitectureTest {

    @Test
    void examplePluginsDependOnTheApiAndTheJdkOnly() throws IOException {
        for (String name : new String[] {ExamplePlugins.POLICY_JAR, ExamplePlugins.WORKLOAD_JAR,
                "cloudrl-example-mean-policy.jar", "cloudrl-example-median-policy.jar"}) {
            try (JarFile jar = new JarFile(ExamplePlugins.jar(name).toFile())) {
                JavaClasses plugin = new ClassFileImporter().importJar(jar);
                assertFalse(plugin.isEmpty(), name + " has no classes");
                classes().should().onlyDependOnClassesThat()
                        .resideInAnyPackage("com.example..", "cloudrl.api", "java..")
                        .because("a plugin jar is loaded over CloudRL's API alone, and the libraries it bundles"
                                + " (com.example.window for the folder plugins)")
                        .check(plugin);
            }
        }
    }
}
