package cloudrl.env;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.ResetResult;
import cloudrl.api.StepResult;
import cloudrl.api.WorkloadModel;
import cloudrl.reward.SeedShapedReward;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CloudEnvironmentTest {

    /** Traffic read from a script: the rate at step i is {@code rates[i]}. */
    private static WorkloadModel scripted(int... rates) {
        return (step, random) -> rates[step];
    }

    private static CloudEnvironment environment(EnvironmentConfig config, int... rates) {
        return new CloudEnvironment(config, scripted(rates), SeedShapedReward.defaults());
    }

    @Test
    void resetStartsFromTheInitialServersAndStepZero() {
        ResetResult reset = environment(EnvironmentConfig.defaults(), 60).reset(1);
        // 60 requests on 3 servers of 30: cpu 60*0.5/90, memory 60*0.45/90
        Observation start = reset.observation();
        assertEquals(100.0 / 3, start.cpu(), 1e-12);
        assertEquals(30.0, start.memory(), 1e-12);
        assertEquals(60, start.requestRate());
        assertEquals(3, start.servers());
        assertEquals(0, reset.info().step());
        assertEquals(20.0, reset.info().latency(), 1e-12);
        assertTrue(reset.info().rewardComponents().isEmpty());
    }

    @Test
    void aStepAppliesTheActionThenTheNewTrafficThenScoresTheNewState() {
        CloudEnvironment environment = environment(EnvironmentConfig.defaults(), 60, 120);
        environment.reset(1);
        StepResult result = environment.step(Action.INCREASE);
        Observation state = result.observation();
        assertEquals(4, state.servers());
        assertEquals(120, state.requestRate());
        assertEquals(50.0, state.cpu(), 1e-12);
        assertEquals(45.0, state.memory(), 1e-12);
        assertEquals(30.0, result.info().latency(), 1e-12);
        assertEquals(1, result.info().step());
        // cpu 1 - 0.5*5/15, memory 1 - 0.5*10/15, cost -0.2: total 1.3
        assertEquals(6.3 / 7, result.reward(), 1e-12);
        assertEquals(-0.2, result.info().rewardComponents().get("cost"), 1e-12);
        assertFalse(result.terminated());
        assertFalse(result.truncated());
    }

    @Test
    void serversNeverDropBelowOneAndRespectAConfiguredMaximum() {
        CloudEnvironment environment = environment(EnvironmentConfig.builder().initialServers(1).maxServers(2)
                .build(), 10, 10, 10, 10);
        environment.reset(0);
        assertEquals(1, environment.step(Action.DECREASE).observation().servers());
        assertEquals(2, environment.step(Action.INCREASE).observation().servers());
        assertEquals(2, environment.step(Action.INCREASE).observation().servers());
    }

    @Test
    void utilisationIsClampedAtOneHundredPercent() {
        CloudEnvironment environment = environment(EnvironmentConfig.defaults(), 10, 500);
        environment.reset(0);
        StepResult result = environment.step(Action.MAINTAIN);
        assertEquals(100.0, result.observation().cpu(), 0.0);
        assertEquals(100.0, result.observation().memory(), 0.0);
        assertTrue(result.terminated());
    }

    @Test
    void instabilityTerminatesAndRefusesFurtherSteps() {
        // 58 requests on one server: cpu 96.7 %
        CloudEnvironment environment = environment(EnvironmentConfig.builder().initialServers(1).build(), 20, 58);
        environment.reset(0);
        StepResult result = environment.step(Action.MAINTAIN);
        assertTrue(result.terminated());
        assertFalse(result.truncated());
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> environment.step(Action.MAINTAIN));
        assertTrue(error.getMessage().contains("ended by instability"), error.getMessage());
    }

    @Test
    void theTimeLimitTruncatesAtMaxSteps() {
        CloudEnvironment environment = environment(EnvironmentConfig.builder().maxSteps(2).build(), 60, 60, 60);
        environment.reset(0);
        assertFalse(environment.step(Action.MAINTAIN).truncated());
        StepResult last = environment.step(Action.MAINTAIN);
        assertTrue(last.truncated());
        assertFalse(last.terminated());
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> environment.step(1));
        assertTrue(error.getMessage().contains("time limit of 2 steps"), error.getMessage());
    }

    @Test
    void instabilityOnTheLastStepIsTerminationNotTruncation() {
        CloudEnvironment environment = environment(EnvironmentConfig.builder().maxSteps(1).initialServers(1)
                .build(), 20, 80);
        environment.reset(0);
        StepResult result = environment.step(Action.MAINTAIN);
        assertTrue(result.terminated());
        assertFalse(result.truncated());
    }

    @Test
    void stepBeforeResetIsRefused() {
        CloudEnvironment environment = CloudEnvironment.of(Task.MEDIUM);
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> environment.step(Action.MAINTAIN));
        assertEquals("step() called before reset(): call reset() first", error.getMessage());
    }

    @Test
    void invalidActionsAreRefusedWithTheAllowedOnes() {
        CloudEnvironment environment = CloudEnvironment.of(Task.MEDIUM);
        environment.reset(0);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> environment.step(7));
        assertTrue(error.getMessage().contains("action 7 is not valid"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> environment.step((Action) null));
    }

    @Test
    void resetWithoutSeedContinuesTheStream() {
        CloudEnvironment first = CloudEnvironment.of(Task.HARD);
        CloudEnvironment second = CloudEnvironment.of(Task.HARD);
        Observation a = first.reset(5).observation();
        Observation b = first.reset().observation();
        assertEquals(a, second.reset(5).observation());
        assertEquals(b, second.reset().observation());
        assertEquals(a, first.reset(5).observation(), "re-seeding starts the same stream again");
    }

    @Test
    void differentSeedsGiveDifferentTraffic() {
        CloudEnvironment environment = CloudEnvironment.of(Task.HARD);
        int differing = 0;
        for (long seed = 0; seed < 20; seed++) {
            if (environment.reset(seed).observation().requestRate()
                    != environment.reset(seed + 1000).observation().requestRate()) {
                differing++;
            }
        }
        assertNotEquals(0, differing);
    }

    @Test
    void aNegativeRateFromAWorkloadIsCaught() {
        CloudEnvironment environment = environment(EnvironmentConfig.defaults(), -4);
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> environment.reset(0));
        assertTrue(error.getMessage().contains("negative request rate -4"), error.getMessage());
    }

    @Test
    void observationSpaceHasTheSpecBounds() {
        CloudEnvironment environment = CloudEnvironment.of(Task.EASY);
        assertEquals(3, environment.actionSpace().n());
        float[] high = environment.observationSpace().high();
        assertEquals(100f, high[0]);
        assertEquals(Float.POSITIVE_INFINITY, high[3]);
    }
}
