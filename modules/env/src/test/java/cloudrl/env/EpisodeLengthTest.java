package cloudrl.env;

import cloudrl.api.WorkloadModel;
import cloudrl.reward.SeedShapedReward;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every environment tells its workload the episode length when it is built, and a refusal stops the build. */
class EpisodeLengthTest {

    /** Records what it is told, and refuses episodes longer than {@code longest} steps. */
    private static final class FiniteWorkload implements WorkloadModel {
        private final int longest;
        private final List<Integer> told = new ArrayList<>();

        FiniteWorkload(int longest) {
            this.longest = longest;
        }

        @Override
        public void fitEpisodes(int steps) {
            told.add(steps);
            if (steps > longest) {
                throw new IllegalArgumentException("an episode of " + steps + " steps is longer than " + longest);
            }
        }

        @Override
        public int requestRate(int step, RandomGenerator random) {
            return 40;
        }
    }

    @Test
    void theSingleEnvironmentTellsItsWorkloadTheStepLimit() {
        FiniteWorkload workload = new FiniteWorkload(1000);
        EnvironmentConfig config = EnvironmentConfig.builder().maxSteps(37).build();
        new CloudEnvironment(config, workload, SeedShapedReward.defaults());
        assertEquals(List.of(37), workload.told);
    }

    @Test
    void theVectorEnvironmentTellsEachOfItsWorkloads() {
        List<FiniteWorkload> made = new ArrayList<>();
        EnvironmentConfig config = EnvironmentConfig.builder().maxSteps(12).build();
        try (VectorEnv ignored = new VectorEnv(3, config, () -> {
            FiniteWorkload workload = new FiniteWorkload(1000);
            made.add(workload);
            return workload;
        }, SeedShapedReward.defaults(), 1)) {
            assertEquals(3, made.size());
            made.forEach(workload -> assertEquals(List.of(12), workload.told));
        }
    }

    @Test
    void aWorkloadThatCannotServeTheLengthStopsTheBuild() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new CloudEnvironment(EnvironmentConfig.defaults(), new FiniteWorkload(50), SeedShapedReward.defaults()));
        assertEquals("an episode of 100 steps is longer than 50", refused.getMessage());
    }
}
