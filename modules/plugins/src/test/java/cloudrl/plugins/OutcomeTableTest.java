package cloudrl.plugins;

import cloudrl.api.RewardFunction;
import cloudrl.api.Scenario;
import cloudrl.api.StepResult;
import cloudrl.api.WorkloadModel;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.FleetDynamics;
import cloudrl.env.FleetState;
import cloudrl.env.Task;
import cloudrl.env.VectorEnv;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The environments read a step's outcome and reward from a table once the state has been seen;
 * that must change nothing. For every built-in scenario and several seeds, a {@link VectorEnv} and
 * single {@link CloudEnvironment}s are played beside the direct general path: each environment's
 * own {@link FleetState} stepped by {@link FleetDynamics#step(FleetState, int, int, int[])}, which
 * computes every outcome, with the reward computed on every step and Gymnasium's next-step
 * autoreset written out here. Every observation value, reward and flag must agree bit for bit, on
 * one thread and on two (each with its own table).
 */
class OutcomeTableTest {

    private static final PluginCatalog CATALOG = PluginDiscovery.builtIns();
    private static final Assembly ASSEMBLY = new Assembly(CATALOG);
    private static final List<String> SUITE = List.of("reference", "boot-delay", "diurnal-boot", "multi-step",
            "instance-types", "budget", "sla", "nasa-boot", "twitter-boot");
    @Test
    void everyScenarioStepsExactlyAsTheDirectComputation() {
        for (String id : SUITE) {
            for (long seed : new long[] {1, 42, -7_000_000_123L}) {
                play(id, seed, 24, 1, 400);
            }
        }
    }

    @Test
    void twoThreadsWithATableEachStepExactlyAsTheDirectComputationToo() {
        // VectorEnv gives a thread one slice per 1024 environments: 2048 make two, each with its table
        for (String id : List.of("boot-delay", "instance-types", "budget")) {
            play(id, 5, 2048, 2, 60);
        }
    }

    private static void play(String id, long seed, int count, int threads, int steps) {
        Scenario scenario = CATALOG.scenario(id);
        Selection selection = Selection.of(scenario, null, null, null, List.of());
        Task task = Task.parse(scenario.task());
        FleetDynamics dynamics = ASSEMBLY.environment(task, selection, 0).dynamics();
        RewardFunction reward = ASSEMBLY.reward(selection, 0);
        int n = dynamics.actionSpace().n();
        int stride = dynamics.observationSize();
        long[] seeds = VectorEnv.environmentSeeds(seed, count);
        Direct[] direct = new Direct[count];
        CloudEnvironment[] singles = new CloudEnvironment[count];
        int crowded = 0;
        try (VectorEnv vector = new VectorEnv(count, dynamics,
                () -> ASSEMBLY.workload(selection, task.trafficLevel(), 0), reward, threads)) {
            assertEquals(threads, vector.threads(), id + ": threads");
            vector.reset(seed);
            for (int i = 0; i < count; i++) {
                direct[i] = new Direct(dynamics, reward, ASSEMBLY.workload(selection, task.trafficLevel(), 0), seeds[i]);
                singles[i] = ASSEMBLY.environment(task, selection, 0);
                float[] first = singles[i].reset(seeds[i]).observation().toArray();
                assertRow(direct[i].observation, vector.observations(), i * stride, id + " seed " + seed + " reset " + i);
                assertRow(direct[i].observation, first, 0, id + " seed " + seed + " single reset " + i);
            }
            // the first half of the environments mostly take the last action (adding the most, in
            // every scheme), so that fleets grow past what the table covers
            SplittableRandom chooser = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL);
            int[] actions = new int[count];
            for (int t = 1; t <= steps; t++) {
                for (int i = 0; i < count; i++) {
                    actions[i] = i < count / 2 && chooser.nextInt(4) > 0 ? n - 1 : chooser.nextInt(n);
                }
                vector.step(actions);
                for (int i = 0; i < count; i++) {
                    String where = id + " seed " + seed + " environment " + i + " step " + t;
                    Direct own = direct[i];
                    boolean restarted = own.step(actions[i]);
                    assertRow(own.observation, vector.observations(), i * stride, where);
                    assertEquals(Double.doubleToRawLongBits(own.reward), Double.doubleToRawLongBits(vector.rewards()[i]),
                            where + ": reward " + own.reward + " against " + vector.rewards()[i]);
                    assertEquals(own.terminated, vector.terminated()[i], where + ": terminated");
                    assertEquals(own.truncated, vector.truncated()[i], where + ": truncated");
                    if (restarted) {
                        assertRow(own.observation, singles[i].reset().observation().toArray(), 0, where + " single reset");
                        continue;
                    }
                    StepResult single = singles[i].step(actions[i]);
                    assertRow(own.observation, single.observation().toArray(), 0, where + " single");
                    assertEquals(Double.doubleToRawLongBits(own.reward), Double.doubleToRawLongBits(single.reward()),
                            where + ": single reward");
                    assertEquals(own.terminated, single.terminated(), where + ": single terminated");
                    assertEquals(own.truncated, single.truncated(), where + ": single truncated");
                    assertEquals(own.state.latency(), single.info().latency(), where + ": single latency");
                    assertEquals(own.state.stepCost(), singles[i].fleet().stepCost(), where + ": single step cost");
                    assertEquals(own.state.costSoFar(), singles[i].fleet().costSoFar(), where + ": single cost so far");
                    assertEquals(own.state.bootingServers(), singles[i].fleet().bootingServers(), where + ": booting");
                    assertEquals(own.state.violations(), singles[i].fleet().violations(), where + ": violations");
                    assertEquals(single.info().fleet(), singles[i].dynamics().fleetInfo(own.state), where + ": fleet info");
                    // the outcome table covers up to 32 serving servers and request rates below 512
                    if (own.state.activeServers() > 32 || own.state.requestRate() >= 512) {
                        crowded++;
                    }
                }
            }
        }
        // a quota of 32 or fewer, or a budget that ends a growing fleet early, keeps every state inside
        if (steps >= 400 && dynamics.fleet().maxServers() > 32 && dynamics.budget() == Double.POSITIVE_INFINITY) {
            assertTrue(crowded > 0, id + " seed " + seed + ": no state beyond the outcome table was visited");
        }
    }

    private static void assertRow(float[] expected, float[] actual, int offset, String where) {
        for (int k = 0; k < expected.length; k++) {
            assertEquals(Float.floatToRawIntBits(expected[k]), Float.floatToRawIntBits(actual[offset + k]),
                    where + ": observation value " + k + " is " + actual[offset + k] + ", directly " + expected[k]);
        }
    }

    /** One environment on the direct path, with VectorEnv's seeding and next-step autoreset. */
    private static final class Direct {
        final FleetDynamics dynamics;
        final RewardFunction rewardFunction;
        final WorkloadModel workload;
        final SplittableRandom random;
        final FleetState state;
        final int[] scratch;
        final float[] observation;
        double reward;
        boolean terminated;
        boolean truncated;

        Direct(FleetDynamics dynamics, RewardFunction rewardFunction, WorkloadModel workload, long seed) {
            this.dynamics = dynamics;
            this.rewardFunction = rewardFunction;
            this.workload = workload;
            workload.fitEpisodes(dynamics.config().maxSteps());
            this.random = new SplittableRandom(seed);
            this.state = dynamics.newState();
            this.scratch = new int[dynamics.fleet().typeCount()];
            this.observation = new float[dynamics.observationSize()];
            start();
        }

        private void start() {
            workload.reset(random);
            dynamics.reset(state, workload.requestRate(0, random));
            dynamics.observe(state, observation, 0);
            reward = 0;
            terminated = false;
            truncated = false;
        }

        /** One vector step; true when it was an autoreset. */
        boolean step(int action) {
            if (terminated || truncated) {
                start();
                return true;
            }
            dynamics.step(state, action, workload.requestRate(state.step() + 1, random), scratch);
            reward = dynamics.reward(state, rewardFunction);
            dynamics.observe(state, observation, 0);
            terminated = dynamics.terminates(state);
            truncated = !terminated && state.step() == dynamics.config().maxSteps();
            return false;
        }
    }
}
