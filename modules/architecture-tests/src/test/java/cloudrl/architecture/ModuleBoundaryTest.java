package cloudrl.architecture;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.nio.file.Files;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module boundaries, as rules that fail the build when code crosses them. Each CloudRL module's
 * root package is {@code cloudrl.<name>}, so packages stand for modules here.
 */
@AnalyzeClasses(packages = "cloudrl", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundaryTest {

    /** The contract is what plugins build against: the JDK only, and no other CloudRL module. */
    @ArchTest
    static final ArchRule apiDependsOnTheJdkOnly = noClasses().that().resideInAPackage("cloudrl.api..")
            .should().dependOnClassesThat().resideOutsideOfPackages("cloudrl.api..", "java..")
            .because("cloudrl.api is the contract plugins build against; it must stay free of libraries");

    /** Safe file writing sits below every module that writes files, so it may use nothing but the JDK. */
    @ArchTest
    static final ArchRule ioDependsOnTheJdkOnly = noClasses().that().resideInAPackage("cloudrl.io..")
            .should().dependOnClassesThat().resideOutsideOfPackages("cloudrl.io..", "java..")
            .because("cloudrl.io is read by charts, agents and the explorer alike");

    /**
     * Output files are written through cloudrl.io's AtomicFile, whose one guarantee every output shares;
     * createTempFile's owner-only mode is how a PNG once came out 0600 while everything else was 0644.
     */
    @ArchTest
    static final ArchRule outputsAreWrittenThroughAtomicFile = noClasses().that().resideOutsideOfPackage("cloudrl.io..")
            .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                    JavaClass.Predicates.equivalentTo(Files.class))).and(JavaCall.Predicates.target(
                    HasName.Predicates.name("createTempFile"))))
            .because("cloudrl.io.AtomicFile writes a same-directory temporary file that respects the umask");

    /** The simulation and its scoring know nothing of how they are driven or shown. */
    @ArchTest
    static final ArchRule coreNeverReachesTheLauncherOrUi = noClasses()
            .that().resideInAnyPackage("cloudrl.api..", "cloudrl.env..", "cloudrl.reward..", "cloudrl.grader..",
                    "cloudrl.policy..", "cloudrl.evaluation..", "cloudrl.check..")
            .should().dependOnClassesThat().resideInAnyPackage("cloudrl.launcher..", "cloudrl.ui..")
            .because("the launcher and the UI sit on top of the core, never the other way round");

    /** Drawing belongs to the outer layers: the simulation, its statistics and the planner know nothing of charts. */
    @ArchTest
    static final ArchRule coreNeverDraws = noClasses()
            .that().resideInAnyPackage("cloudrl.api..", "cloudrl.env..", "cloudrl.reward..", "cloudrl.grader..",
                    "cloudrl.policy..", "cloudrl.evaluation..", "cloudrl.oracle..", "cloudrl.check..")
            .should().dependOnClassesThat().resideInAnyPackage("cloudrl.charts..", "org.jfree..", "java.awt..")
            .because("charts are drawn by the command line (and the UI) from the core's figures, never by the core");

    /**
     * One step rule: only the dynamics core changes a fleet's state, so nothing else (an environment,
     * the vector environment, the oracle, a planner) can step the fleet its own way.
     */
    @ArchTest
    static final ArchRule onlyTheDynamicsCoreChangesTheFleet = noClasses()
            .that().doNotHaveFullyQualifiedName("cloudrl.env.FleetDynamics")
            .and().doNotHaveFullyQualifiedName("cloudrl.env.FleetState")
            .should().setFieldWhere(com.tngtech.archunit.core.domain.JavaFieldAccess.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                            com.tngtech.archunit.base.DescribedPredicate.describe("FleetState",
                                    owner -> owner.getFullName().equals("cloudrl.env.FleetState")))))
            .because("FleetDynamics is the one place that says what a step does to the fleet");

    /** The step rule's parts live in the simulation module: nothing outside it implements the transition view. */
    @ArchTest
    static final ArchRule theTransitionViewIsTheCoresOwn = noClasses()
            .that().resideOutsideOfPackage("cloudrl.env..")
            .should().implement("cloudrl.api.Transition")
            .because("rewards, constraints and features read a step through the core's FleetState");

    /** Scoring does not depend on the simulation it scores, only on the contract. */
    @ArchTest
    static final ArchRule rewardGraderAndPoliciesSeeOnlyTheContract = noClasses()
            .that().resideInAnyPackage("cloudrl.reward..", "cloudrl.grader..", "cloudrl.policy..")
            .should().dependOnClassesThat().resideInAnyPackage("cloudrl.env..", "cloudrl.evaluation..")
            .because("rewards, graders and policies are plug points that work with any environment");

    @ArchTest
    static final ArchRule noCyclesBetweenModules = slices().matching("cloudrl.(*)..").should().beFreeOfCycles();

    /** Every run must be reproducible from its seed. */
    @ArchTest
    static final ArchRule noUnseededRandomness = noClasses().should()
            .dependOnClassesThat().areAssignableTo(java.util.Random.class)
            .orShould().callMethod(Math.class, "random")
            .because("randomness comes from seeded SplittableRandom so every run is reproducible");

    /** User-facing output goes through the launcher's printer, diagnostics through SLF4J. */
    @ArchTest
    static final ArchRule noPrintingToTheConsole = noClasses().that().resideOutsideOfPackage("cloudrl.launcher..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("libraries must not print; the command line owns the console");
}
