package cloudrl.ui.swing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The explorer sits on top of the core; the core never reaches up into it. */
class ArchitectureTest {

    private static final String[] CORE = {"cloudrl.api..", "cloudrl.env..", "cloudrl.reward..", "cloudrl.grader..",
            "cloudrl.policy.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cloudrl");

    @Test
    void coreModulesNeverDependOnTheExplorer() {
        ArchRule rule = noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAPackage("cloudrl.ui.swing..")
                .because("the core must stay usable without a desktop; the explorer builds on it, not the reverse");
        rule.check(CLASSES);
    }

    @Test
    void theRuleSeesTheCoreAndWouldCatchADependency() {
        // The check above passes vacuously if the core was not imported; make sure it was.
        for (String core : List.of("cloudrl.api.Environment", "cloudrl.env.CloudEnvironment",
                "cloudrl.reward.SeedShapedReward", "cloudrl.grader.EpisodeGrader", "cloudrl.policy.ThresholdPolicy")) {
            assertTrue(CLASSES.contain(core), core + " was not imported");
        }
        // The same kind of rule, pointed the other way, does find the explorer's use of the core.
        EvaluationResult reversed = noClasses().that().resideInAPackage("cloudrl.ui.swing..")
                .should().dependOnClassesThat().resideInAnyPackage(CORE).evaluate(CLASSES);
        assertFalse(reversed.getFailureReport().isEmpty(), "the importer should see ui.swing -> core dependencies");
    }
}
