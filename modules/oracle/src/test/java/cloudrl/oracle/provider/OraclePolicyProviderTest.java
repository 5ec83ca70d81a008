package cloudrl.oracle.provider;

import cloudrl.api.Parameters;
import cloudrl.api.Policy;
import cloudrl.api.PolicyContext;
import cloudrl.api.PolicyProvider;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.Task;
import cloudrl.oracle.BeliefPlanner;
import cloudrl.oracle.BeliefPolicy;
import cloudrl.oracle.OptimalPlanner;
import cloudrl.oracle.OptimalPolicy;
import cloudrl.oracle.ScalingMdp;
import cloudrl.reward.SeedShapedReward;
import cloudrl.workload.BurstyWorkload;
import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OraclePolicyProviderTest {

    private final PolicyProvider provider = new OraclePolicyProvider();

    private Policy create(CloudEnvironment environment, Task task, String workload) {
        return provider.create(1, Parameters.defaults(provider),
                environment.context(task.trafficLevel(), workload, "reference"));
    }

    @Test
    void itPlansForTheEnvironmentItIsGiven() {
        // a capped, shorter configuration: the plan must be this one's, not the reference one's
        EnvironmentConfig config = EnvironmentConfig.builder().maxServers(4).maxSteps(30).build();
        CloudEnvironment environment = new CloudEnvironment(config, Task.HARD.workload(), SeedShapedReward.defaults());
        OptimalPolicy policy = assertInstanceOf(OptimalPolicy.class, create(environment, Task.HARD, "gaussian"));
        assertEquals(config, policy.plan().mdp().config());
        assertEquals(OptimalPlanner.plan(ScalingMdp.of(environment)).expectedReturn(),
                policy.plan().expectedReturn());
    }

    @Test
    void aHiddenRegimeGetsTheBeliefPlansGridController() {
        BurstyWorkload bursty = new BurstyWorkload(60, 120, 0.05, 0.25, 7.5);
        CloudEnvironment environment = new CloudEnvironment(EnvironmentConfig.defaults(), bursty,
                SeedShapedReward.defaults());
        BeliefPolicy policy = assertInstanceOf(BeliefPolicy.class, create(environment, Task.MEDIUM, "bursty"));
        assertEquals(BeliefPlanner.plan(ScalingMdp.of(environment)).lowerBound(), policy.plan().lowerBound());
    }

    @Test
    void anotherWorkloadIsRejectedInOneLineNamingIt() {
        CloudEnvironment steady = new CloudEnvironment(EnvironmentConfig.defaults(), (step, random) -> 50,
                SeedShapedReward.defaults());
        IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class,
                () -> create(steady, Task.MEDIUM, "steady"));
        assertEquals("policy oracle plays exact plans only, not scenario reference with workload 'steady': its"
                + " workload offers no transition law (cloudrl.api.MarkovWorkload), so its traffic cannot be planned"
                + " over (docs/oracle.md)", rejected.getMessage());
    }

    @Test
    void withoutAContextThereIsNothingToPlanFor() {
        IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class,
                () -> provider.create(1, Parameters.defaults(provider)));
        assertTrue(rejected.getMessage().startsWith("policy oracle plans for the environment it will play in"),
                rejected.getMessage());
    }

    @Test
    void theProviderIsDeclaredAndItsPackageIsNotExported() {
        Module module = OraclePolicyProvider.class.getModule();
        assertTrue(module.isNamed(), "run on the module path");
        ModuleDescriptor descriptor = module.getDescriptor();
        assertTrue(descriptor.exports().stream().noneMatch(export -> export.source().equals("cloudrl.oracle.provider")),
                descriptor.exports().toString());
        assertTrue(descriptor.provides().stream().anyMatch(provides -> provides.service().equals("cloudrl.api.PolicyProvider")
                && provides.providers().equals(List.of(OraclePolicyProvider.class.getName()))),
                descriptor.provides().toString());
    }
}
