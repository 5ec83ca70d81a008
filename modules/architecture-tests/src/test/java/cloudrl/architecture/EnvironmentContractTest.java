package cloudrl.architecture;

import cloudrl.check.ContractReport;
import cloudrl.check.EnvironmentChecker;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.GaussianWorkload;
import cloudrl.env.Task;
import cloudrl.reward.SeedShapedReward;
import cloudrl.reward.TargetBand;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** CloudRL's own environment, held to the same outside contract as anyone's. */
class EnvironmentContractTest {

    @ParameterizedTest
    @EnumSource(Task.class)
    void everyTaskKeepsTheContract(Task task) {
        ContractReport report = new EnvironmentChecker(() -> CloudEnvironment.of(task), 20, 2024).run();
        assertTrue(report.passed(), report.violations()::toString);
    }

    @Test
    void aCustomConfigurationKeepsTheContract() {
        EnvironmentConfig config = EnvironmentConfig.builder().maxSteps(500).initialServers(1).maxServers(6)
                .terminationThreshold(99).build();
        SeedShapedReward reward = new SeedShapedReward(new TargetBand(30, 80), new TargetBand(20, 90), 0.1, 0.2);
        new EnvironmentChecker(() -> new CloudEnvironment(config, new GaussianWorkload(70, 40), reward), 10, 7)
                .run().assertPassed();
    }
}
