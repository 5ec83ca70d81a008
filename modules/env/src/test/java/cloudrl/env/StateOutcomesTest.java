package cloudrl.env;

import cloudrl.api.Observation;
import cloudrl.api.RewardBreakdown;
import cloudrl.api.StepResult;
import cloudrl.reward.SeedShapedReward;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StateOutcomesTest {

    private final EnvironmentConfig config = EnvironmentConfig.builder().maxSteps(400).build();
    private final SeedShapedReward reward = SeedShapedReward.defaults();

    @Test
    void everyStepShowsWhatTheDirectComputationGives() {
        // wide traffic and a policy that piles on servers: states inside and outside the memo
        CloudEnvironment environment = new CloudEnvironment(config, new GaussianWorkload(200, 120), reward);
        environment.reset(3);
        SplittableRandom chooser = new SplittableRandom(4);
        int outside = 0;
        for (int t = 0; t < 5000; t++) {
            StepResult result = environment.step(chooser.nextInt(10) < 6 ? 2 : chooser.nextInt(3));
            Observation seen = result.observation();
            int rate = seen.requestRate();
            int servers = seen.servers();
            double cpu = config.cpuUtilisation(rate, servers);
            double memory = config.memoryUtilisation(rate, servers);
            assertEquals(new Observation(cpu, memory, rate, servers), seen);
            RewardBreakdown expected = reward.explain(cpu, memory, rate, servers);
            assertEquals(expected.value(), result.reward());
            assertEquals(expected.components(), result.info().rewardComponents());
            assertEquals(config.unstable(cpu, memory), result.terminated());
            assertEquals((double) rate / servers, result.info().latency());
            if (rate >= StateOutcomes.RATES || servers > StateOutcomes.SERVERS) {
                outside++;
            }
            if (result.done()) {
                environment.reset();
            }
        }
        assertTrue(outside > 50, "only " + outside + " steps left the memoised range");
    }

    @Test
    void aRecurringStateHandsBackTheSameImmutableValues() {
        StateOutcomes states = new StateOutcomes(FleetDynamics.reference(config), reward);
        StateOutcomes.Scored first = states.scored(60, 3);
        assertSame(first, states.scored(60, 3));
        assertEquals(new Observation(config.cpuUtilisation(60, 3), config.memoryUtilisation(60, 3), 60, 3),
                first.observation());
    }
}
