package cloudrl.oracle;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The planner is pure computation over the contract and the environment's dynamics: no workload class, only MarkovWorkload. */
class OracleArchitectureTest {

    private static final JavaClasses ORACLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cloudrl.oracle");

    @Test
    void theOracleBuildsOnlyOnTheContractTheEnvironmentAndTheJdk() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("cloudrl.oracle..", "cloudrl.api..", "cloudrl.env..", "java..")
                .check(ORACLE);
    }

    @Test
    void theOracleDrawsNoRandomNumbers() {
        // exact planning needs no sampling; any randomness here would be a mistake
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.SplittableRandom")
                .orShould().callMethod(Math.class, "random")
                .check(ORACLE);
    }
}
