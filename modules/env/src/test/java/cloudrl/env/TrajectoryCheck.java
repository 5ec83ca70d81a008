package cloudrl.env;

import cloudrl.api.Observation;
import cloudrl.api.RewardFunction;
import cloudrl.api.StepResult;
import cloudrl.api.WorkloadModel;

import java.util.SplittableRandom;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Plays a {@link VectorEnv} and, beside it, one {@link CloudEnvironment} per slot reset with the
 * slot's derived seed, giving both the same random actions, and checks after every step that slot
 * {@code i} shows exactly what single environment {@code i} shows: the same observation, reward and
 * flags, an autoreset exactly where the single environment is reset.
 */
final class TrajectoryCheck {

    private TrajectoryCheck() {
    }

    /** Returns how many autoresets were seen, so callers can insist the check crossed episode ends. */
    static int run(int count, int threads, EnvironmentConfig config, Supplier<? extends WorkloadModel> workloads,
                   RewardFunction reward, long seed, int steps) {
        CloudEnvironment[] singles = new CloudEnvironment[count];
        StepResult[] last = new StepResult[count];
        long[] seeds = VectorEnv.environmentSeeds(seed, count);
        int autoresets = 0;
        try (VectorEnv vector = new VectorEnv(count, config, workloads, reward, threads)) {
            vector.reset(seed);
            for (int i = 0; i < count; i++) {
                singles[i] = new CloudEnvironment(config, workloads.get(), reward);
                Observation first = singles[i].reset(seeds[i]).observation();
                assertObservation(first, vector.observations(), i, "reset");
            }
            SplittableRandom chooser = new SplittableRandom(seed ^ 0x5DEECE66DL);
            int[] actions = new int[count];
            for (int t = 1; t <= steps; t++) {
                for (int i = 0; i < count; i++) {
                    actions[i] = chooser.nextInt(3);
                }
                vector.step(actions);
                for (int i = 0; i < count; i++) {
                    String where = "environment " + i + " at vector step " + t;
                    if (last[i] != null && last[i].done()) {
                        Observation restarted = singles[i].reset().observation();
                        last[i] = null;
                        autoresets++;
                        assertObservation(restarted, vector.observations(), i, where + " (autoreset)");
                        assertEquals(0.0, vector.rewards()[i], where);
                        assertEquals(false, vector.terminated()[i], where);
                        assertEquals(false, vector.truncated()[i], where);
                        assertEquals(0, vector.episodeStep(i), where);
                        continue;
                    }
                    StepResult result = singles[i].step(actions[i]);
                    last[i] = result;
                    assertObservation(result.observation(), vector.observations(), i, where);
                    assertEquals(Double.doubleToRawLongBits(result.reward()),
                            Double.doubleToRawLongBits(vector.rewards()[i]), where + ": reward");
                    assertEquals(result.terminated(), vector.terminated()[i], where + ": terminated");
                    assertEquals(result.truncated(), vector.truncated()[i], where + ": truncated");
                    assertEquals(singles[i].stepCount(), vector.episodeStep(i), where + ": episode step");
                }
            }
        }
        return autoresets;
    }

    private static void assertObservation(Observation expected, float[] observations, int i, String where) {
        float[] actual = new float[Observation.SIZE];
        System.arraycopy(observations, i * Observation.SIZE, actual, 0, Observation.SIZE);
        assertArrayEquals(expected.toArray(), actual, where);
    }
}
