package cloudrl.env;

import cloudrl.api.Observation;
import cloudrl.api.WorkloadModel;
import cloudrl.reward.SeedShapedReward;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.random.RandomGenerator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VectorEnvTest {

    private static final EnvironmentConfig SHORT_EPISODES = EnvironmentConfig.builder().maxSteps(12).build();

    @Test
    void everySlotFollowsItsSingleEnvironmentAcrossAutoresets() {
        for (Task task : Task.values()) {
            GaussianWorkload traffic = task.workload();
            int autoresets = TrajectoryCheck.run(16, 1, SHORT_EPISODES, () -> traffic, SeedShapedReward.defaults(),
                    42, 200);
            assertTrue(autoresets > 16, task + ": the check should cross many episode ends, saw " + autoresets);
        }
    }

    @Test
    void statesOutsideTheOutcomeTableMatchToo() {
        // rates in the thousands and dozens of servers: computed directly, not looked up
        EnvironmentConfig big = EnvironmentConfig.builder().serverCapacity(40).initialServers(40).maxSteps(30)
                .build();
        GaussianWorkload heavy = new GaussianWorkload(2500, 600);
        int autoresets = TrajectoryCheck.run(8, 1, big, () -> heavy, SeedShapedReward.defaults(), 7, 150);
        assertTrue(autoresets > 8, "saw " + autoresets + " autoresets");
    }

    @Test
    void aStatefulWorkloadGetsOneInstancePerEnvironment() {
        int autoresets = TrajectoryCheck.run(6, 1, SHORT_EPISODES, DriftingWorkload::new, SeedShapedReward.defaults(),
                3, 120);
        assertTrue(autoresets > 6, "saw " + autoresets + " autoresets");
    }

    @Property(tries = 15)
    void anySeedAndBatchSizeMatchTheSingleEnvironments(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int count) {
        GaussianWorkload traffic = Task.HARD.workload();
        TrajectoryCheck.run(count, 1, SHORT_EPISODES, () -> traffic, SeedShapedReward.defaults(), seed, 40);
    }

    @Test
    void twoAndThreeThreadsMatchTheSingleEnvironmentsToo() {
        GaussianWorkload traffic = Task.MEDIUM.workload();
        TrajectoryCheck.run(2 * VectorEnv.MIN_SLICE + 3, 2, SHORT_EPISODES, () -> traffic, SeedShapedReward.defaults(),
                11, 30);
        TrajectoryCheck.run(3 * VectorEnv.MIN_SLICE + 1, 3, SHORT_EPISODES, () -> traffic,
                SeedShapedReward.defaults(), 12, 30);
    }

    @Test
    void severalThreadsGiveExactlyTheSingleThreadedResults() {
        int count = 4 * VectorEnv.MIN_SLICE + 17;
        try (VectorEnv one = VectorEnv.of(Task.HARD, count, 1); VectorEnv four = VectorEnv.of(Task.HARD, count, 4)) {
            assertEquals(1, one.threads());
            assertEquals(4, four.threads());
            one.reset(99);
            four.reset(99);
            int[] actions = new int[count];
            java.util.SplittableRandom chooser = new java.util.SplittableRandom(5);
            for (int t = 0; t < 250; t++) {
                for (int i = 0; i < count; i++) {
                    actions[i] = chooser.nextInt(3);
                }
                one.step(actions);
                four.step(actions);
                assertArrayEquals(one.observations(), four.observations(), "observations at step " + t);
                assertArrayEquals(one.rewards(), four.rewards(), "rewards at step " + t);
                assertArrayEquals(one.terminated(), four.terminated(), "terminated at step " + t);
                assertArrayEquals(one.truncated(), four.truncated(), "truncated at step " + t);
            }
        }
    }

    @Test
    void smallBatchesStayOnTheCallingThread() {
        try (VectorEnv small = VectorEnv.of(Task.EASY, 64, 2)) {
            assertEquals(1, small.threads());
        }
    }

    @Test
    void anEndedEpisodeReportsItsLastStateThenRestartsOnTheNextStep() {
        EnvironmentConfig threeSteps = EnvironmentConfig.builder().maxSteps(3).build();
        GaussianWorkload calm = Task.EASY.workload();
        try (VectorEnv vector = new VectorEnv(4, threeSteps, () -> calm, SeedShapedReward.defaults(), 1)) {
            vector.reset(1);
            int[] increase = {2, 2, 2, 2};
            for (int t = 1; t <= 3; t++) {
                vector.step(increase);
            }
            float[] last = vector.observations().clone();
            for (int i = 0; i < 4; i++) {
                assertTrue(vector.truncated()[i], "environment " + i + " reached the time limit");
                assertFalse(vector.terminated()[i]);
                assertEquals(6f, last[i * Observation.SIZE + 3], "three increases from 3 servers");
                assertEquals(3, vector.episodeStep(i));
            }
            vector.step(increase);
            for (int i = 0; i < 4; i++) {
                assertEquals(3f, vector.observations()[i * Observation.SIZE + 3],
                        "the autoreset ignores the action and starts from the initial servers");
                assertEquals(0.0, vector.rewards()[i]);
                assertFalse(vector.truncated()[i]);
                assertFalse(vector.terminated()[i]);
                assertEquals(0, vector.episodeStep(i));
            }
            vector.step(increase);
            for (int i = 0; i < 4; i++) {
                assertEquals(4f, vector.observations()[i * Observation.SIZE + 3], "the new episode takes actions");
                assertEquals(1, vector.episodeStep(i));
            }
        }
    }

    @Test
    void resetWithTheSameSeedReplaysAndDerivedSeedsAreDistinct() {
        try (VectorEnv vector = VectorEnv.of(Task.MEDIUM, 100, 1)) {
            vector.reset(5);
            float[] first = vector.observations().clone();
            vector.step(new int[100]);
            vector.reset(5);
            assertArrayEquals(first, vector.observations());
        }
        long[] seeds = VectorEnv.environmentSeeds(5, 1000);
        assertEquals(1000, Arrays.stream(seeds).distinct().count());
        assertArrayEquals(seeds, VectorEnv.environmentSeeds(5, 1000));
    }

    @Test
    void badInputIsRejectedWithTheValueAndWhatIsAllowed() {
        try (VectorEnv vector = VectorEnv.of(Task.MEDIUM, 3, 1)) {
            IllegalStateException early = assertThrows(IllegalStateException.class, () -> vector.step(new int[3]));
            assertTrue(early.getMessage().contains("reset"), early.getMessage());
            vector.reset(0);
            float[] before = vector.observations().clone();
            IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                    () -> vector.step(new int[2]));
            assertEquals("actions has 2 entries but there are 3 environments", length.getMessage());
            IllegalArgumentException action = assertThrows(IllegalArgumentException.class,
                    () -> vector.step(new int[] {1, 3, 1}));
            assertEquals("for environment 1: action 3 is not valid: allowed are 0 (remove 1), 1 (keep),"
                    + " 2 (add 1)", action.getMessage());
            assertArrayEquals(before, vector.observations(), "a rejected step changes nothing");
            vector.step(new int[] {1, 1, 1});
        }
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
                () -> VectorEnv.of(Task.MEDIUM, 0, 1));
        assertTrue(count.getMessage().startsWith("count 0 is not allowed"), count.getMessage());
        IllegalArgumentException threads = assertThrows(IllegalArgumentException.class,
                () -> VectorEnv.of(Task.MEDIUM, 10, 0));
        assertTrue(threads.getMessage().startsWith("threads 0 is not allowed"), threads.getMessage());
    }

    @Test
    void aWorkloadFailureInAWorkerThreadReachesTheCallerAndDemandsAReset() {
        int count = 2 * VectorEnv.MIN_SLICE;
        int[] made = {0};
        // the last environment, in the worker's slice, turns negative at step 5
        try (VectorEnv vector = new VectorEnv(count, EnvironmentConfig.defaults(),
                () -> made[0]++ == count - 1 ? new NegativeAfter(5) : Task.EASY.workload(),
                SeedShapedReward.defaults(), 2)) {
            assertEquals(2, vector.threads());
            vector.reset(1);
            int[] maintain = new int[count];
            Arrays.fill(maintain, 1);
            IllegalStateException failure = null;
            for (int t = 0; t < 6 && failure == null; t++) {
                try {
                    vector.step(maintain);
                } catch (IllegalStateException e) {
                    failure = e;
                }
            }
            assertTrue(failure != null && failure.getMessage().contains("environment " + (count - 1)),
                    String.valueOf(failure));
            IllegalStateException after = assertThrows(IllegalStateException.class, () -> vector.step(maintain));
            assertTrue(after.getMessage().contains("reset"), after.getMessage());
            vector.reset(2);
            vector.step(maintain);
        }
    }

    @Test
    void theOutcomeTableHoldsExactlyTheDirectlyComputedValues() {
        EnvironmentConfig config = EnvironmentConfig.defaults();
        SeedShapedReward reward = SeedShapedReward.defaults();
        StateOutcomes table = new StateOutcomes(FleetDynamics.reference(config), reward);
        for (int servers = 1; servers <= StateOutcomes.SERVERS; servers++) {
            for (int rate = 0; rate < StateOutcomes.RATES; rate++) {
                assertTrue(StateOutcomes.covers(rate, servers));
                int entry = table.entry(rate, servers);
                double cpu = config.cpuUtilisation(rate, servers);
                double memory = config.memoryUtilisation(rate, servers);
                assertEquals((float) cpu, table.cpu[entry]);
                assertEquals((float) memory, table.memory[entry]);
                assertEquals(Double.doubleToRawLongBits(reward.reward(cpu, memory, rate, servers)),
                        Double.doubleToRawLongBits(table.rewards[entry]));
                assertEquals(config.unstable(cpu, memory), table.unstable(entry));
            }
        }
        assertFalse(StateOutcomes.covers(StateOutcomes.RATES, 1));
        assertFalse(StateOutcomes.covers(0, StateOutcomes.SERVERS + 1));
    }

    @Test
    void theReadmeSnippetRuns() throws java.io.IOException {
        // --- as in README.md, "Performance" ---
        try (VectorEnv envs = VectorEnv.of(Task.MEDIUM, 4096, 2)) {   // 4096 environments, 2 threads
            envs.reset(42);
            int[] actions = new int[envs.count()];
            for (int t = 0; t < 1000; t++) {
                // choose actions[i] from envs.observations()[4 * i .. 4 * i + 3]
                envs.step(actions);                                     // fills observations, rewards, terminated, truncated
            }
        }
        // --- end of the README's snippet ---
        // Surefire runs each module's tests in the module's own folder
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../../README.md"));
        assertTrue(readme.contains("try (VectorEnv envs = VectorEnv.of(Task.MEDIUM, 4096, 2)) {"),
                "README's snippet changed: update this test");
        assertTrue(readme.contains("envs.step(actions);"), "README's snippet changed: update this test");
    }

    /** Traffic that drifts upwards through an episode: stateful, so each environment needs its own. */
    static final class DriftingWorkload implements WorkloadModel {
        private double level;

        @Override
        public void reset(RandomGenerator random) {
            level = 30 + random.nextInt(20);
        }

        @Override
        public int requestRate(int step, RandomGenerator random) {
            level += random.nextDouble() * 4;
            return (int) level;
        }
    }

    /** Calm traffic that turns negative, which a workload must never do. */
    record NegativeAfter(int step) implements WorkloadModel {
        @Override
        public int requestRate(int at, RandomGenerator random) {
            return at >= step ? -1 : 40;
        }
    }
}
