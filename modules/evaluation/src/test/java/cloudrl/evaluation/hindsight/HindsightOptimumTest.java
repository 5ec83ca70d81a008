package cloudrl.evaluation.hindsight;

import cloudrl.api.Action;
import cloudrl.api.Episode;
import cloudrl.api.FleetModel;
import cloudrl.api.Policy;
import cloudrl.api.RewardFunction;
import cloudrl.api.ServerType;
import cloudrl.api.StepResult;
import cloudrl.api.WorkloadModel;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.FleetDynamics;
import cloudrl.env.Rollout;
import cloudrl.env.Task;
import cloudrl.env.fleet.UnitScheme;
import cloudrl.evaluation.Evaluation;
import cloudrl.policy.HpaPolicy;
import cloudrl.policy.MaintainPolicy;
import cloudrl.policy.RandomPolicy;
import cloudrl.policy.ThresholdPolicy;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HindsightOptimumTest {

    private static final RewardFunction SEED_REWARD = CloudEnvironment.of(Task.MEDIUM).rewardFunction();

    /** Reference physics with {@code bootSteps}, a quota of {@code maxServers}, episodes of {@code steps}. */
    private static FleetDynamics dynamics(int bootSteps, int maxServers, int steps, int initial) {
        EnvironmentConfig config = EnvironmentConfig.builder().maxSteps(steps).maxServers(maxServers)
                .initialServers(initial).build();
        FleetModel fleet = new FleetModel(List.of(new ServerType("standard", config.serverCapacity(),
                FleetDynamics.REFERENCE_SERVER_COST)), bootSteps, 0, maxServers);
        return new FleetDynamics(config, fleet, new UnitScheme(), List.of(), List.of(), new int[] {initial});
    }

    /** Replays {@code rates} whatever the seed: step t gets rates[t]. */
    private static WorkloadModel replay(int[] rates) {
        return (step, random) -> rates[step];
    }

    /** The return of playing {@code actions} from the reset in a real environment, until it ends. */
    private static double played(CloudEnvironment environment, int[] actions) {
        environment.reset(0);
        double total = 0;
        for (int action : actions) {
            StepResult result = environment.step(Action.of(action));
            total += result.reward();
            if (result.done()) {
                break;
            }
        }
        return total;
    }

    /** The best of every one of the n^steps action sequences, each played in the environment. */
    private static double bruteForce(CloudEnvironment environment, int steps) {
        int n = environment.actionSpace().n();
        int sequences = (int) Math.pow(n, steps);
        double best = Double.NEGATIVE_INFINITY;
        int[] actions = new int[steps];
        for (int code = 0; code < sequences; code++) {
            int rest = code;
            for (int t = 0; t < steps; t++) {
                actions[t] = rest % n;
                rest /= n;
            }
            best = Math.max(best, played(environment, actions));
        }
        return best;
    }

    @Property(tries = 60)
    void theDpEqualsTheBestOfAllActionSequencesOnTinyWindows(
            @ForAll @Size(min = 5, max = 6) List<@IntRange(min = 0, max = 220) Integer> window,
            @ForAll @IntRange(min = 1, max = 3) int bootSteps, @ForAll @IntRange(min = 1, max = 4) int initial) {
        int[] rates = window.stream().mapToInt(Integer::intValue).toArray();
        int steps = rates.length - 1;
        FleetDynamics dynamics = dynamics(bootSteps, 5, steps, initial);
        CloudEnvironment environment = new CloudEnvironment(dynamics, replay(rates), SEED_REWARD);
        HindsightOptimum.Plan plan = HindsightOptimum.plan(dynamics, SEED_REWARD, rates);
        assertEquals(bruteForce(environment, steps), plan.value(), 1e-9);
        // and the plan it names earns that value when played
        assertEquals(plan.value(), played(environment, plan.actions()), 1e-9);
    }

    @Test
    void withABootDelayTheOptimumOrdersBeforeTheBurst() {
        // boot delay 3: a server ordered at step t serves from step t + 2. The burst of 80 requests at
        // step 3 makes one server unstable (cpu 80 x 0.5 / 30 = 133 %, the episode ends), while two
        // hold it (67 %, memory 60 %). Ending at step 3 forfeits step 4's reward, worth more than the
        // booting server's cost (0.05 / 7 a step on the normalised scale), so the best plan orders at
        // step 1, exactly when only an oracle of the window can know it must, and plays all 4 steps.
        int[] rates = {10, 10, 10, 80, 80};
        FleetDynamics dynamics = dynamics(3, 4, 4, 1);
        HindsightOptimum.Plan plan = HindsightOptimum.plan(dynamics, SEED_REWARD, rates);
        assertEquals(Action.INCREASE.index(), plan.actions()[0]);
        assertEquals(4, plan.actions().length);
        CloudEnvironment environment = new CloudEnvironment(dynamics, replay(rates), SEED_REWARD);
        assertTrue(plan.value() > played(environment, new int[] {1, 1, 1, 1}), "better than keeping one server");
        assertTrue(plan.value() > played(environment, new int[] {1, 2, 1, 1}), "better than ordering a step late");
    }

    @Test
    void theWindowIsTheRatesTheEpisodeMeets() {
        CloudEnvironment environment = CloudEnvironment.of(Task.HARD);
        long seed = 41;
        int[] window = HindsightOptimum.window(environment, seed);
        Episode episode = Rollout.play(CloudEnvironment.of(Task.HARD), new MaintainPolicy(), seed);
        assertEquals(window[0], (int) episode.initial().requestRate());
        for (int t = 0; t < episode.steps(); t++) {
            assertEquals(window[t + 1], (int) episode.states().get(t).requestRate(), "step " + (t + 1));
        }
        assertArrayEquals(window, HindsightOptimum.window(environment, seed), "the same seed, the same window");
    }

    @Property(tries = 40)
    void noPolicyBeatsTheHindsightOptimumOnItsWindow(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int bootSteps,
                                                      @ForAll("levels") Task task) {
        FleetDynamics dynamics = dynamics(bootSteps, 12, 60, 3);
        CloudEnvironment environment = new CloudEnvironment(dynamics, task.workload(), SEED_REWARD);
        long episodeSeed = Evaluation.episodeSeeds(seed, 1)[0];
        double optimum = HindsightOptimum.of(new CloudEnvironment(dynamics, task.workload(), SEED_REWARD), episodeSeed);
        List<Policy> policies = List.of(new RandomPolicy(seed, 3), new RandomPolicy(seed + 1, 3),
                ThresholdPolicy.defaults(), new MaintainPolicy(), HpaPolicy.defaults());
        for (Policy policy : policies) {
            double earned = Rollout.play(environment, policy, episodeSeed).cumulativeReward();
            assertTrue(earned <= optimum + 1e-9, policy + " earned " + earned + " above the optimum " + optimum);
        }
    }

    @Property(tries = 20)
    void theEnumerationSharedByManyEpisodesGivesEachTheOptimumOfItsOwnWindow(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 3) int bootSteps, @ForAll("levels") Task task) {
        // of(environment, seeds) enumerates the fleet once for every window; of(environment, seed) afresh for one
        FleetDynamics dynamics = dynamics(bootSteps, 12, 40, 3);
        long[] seeds = Evaluation.episodeSeeds(seed, 5);
        double[] shared = HindsightOptimum.of(new CloudEnvironment(dynamics, task.workload(), SEED_REWARD), seeds);
        for (int i = 0; i < seeds.length; i++) {
            double alone = HindsightOptimum.of(new CloudEnvironment(dynamics, task.workload(), SEED_REWARD), seeds[i]);
            assertEquals(alone, shared[i], 0.0, "episode " + i);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Task> levels() {
        return net.jqwik.api.Arbitraries.of(Task.values());
    }

    @Test
    void aWindowWithoutAStepOrANegativeRateIsRefused() {
        FleetDynamics dynamics = dynamics(3, 10, 5, 3);
        assertTrue(HindsightOptimum.covers(dynamics));
        assertThrows(IllegalArgumentException.class, () -> HindsightOptimum.plan(dynamics, SEED_REWARD, new int[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> HindsightOptimum.plan(dynamics, SEED_REWARD, new int[] {1, -1}));
    }
}
