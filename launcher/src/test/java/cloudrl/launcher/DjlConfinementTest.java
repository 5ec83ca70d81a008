package cloudrl.launcher;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DJL stays in {@code cloudrl.torch}: no other CloudRL code may use it, so the rest runs without
 * libtorch. The benchmarks that measure the tensor path are the one exception.
 */
class DjlConfinementTest {

    private static final JavaClasses CLOUDRL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cloudrl");

    @Test
    void onlyTheTorchModuleAndItsBenchmarksUseDjl() {
        noClasses().that().resideInAPackage("cloudrl..")
                .and().resideOutsideOfPackages("cloudrl.torch..", "cloudrl.benchmarks..")
                .should().dependOnClassesThat().resideInAPackage("ai.djl..")
                .because("DJL and libtorch are confined to cloudrl.torch")
                .check(CLOUDRL);
    }

    @Test
    void theRuleSeesTheWholeProject() {
        // a rule over no classes passes vacuously: make sure the modules around DJL were imported
        for (String name : new String[] {"cloudrl.env.VectorEnv", "cloudrl.torch.TensorVectorEnv",
                "cloudrl.launcher.CloudRl", "cloudrl.api.Environment", "cloudrl.grader.EpisodeGrader"}) {
            assertTrue(CLOUDRL.contain(name), name + " was not imported");
        }
        assertTrue(CLOUDRL.get("cloudrl.torch.TensorVectorEnv").getDirectDependenciesFromSelf().stream()
                .anyMatch(dependency -> dependency.getTargetClass().getPackageName().startsWith("ai.djl")),
                "the torch module's use of DJL is visible to the rule");
    }
}
