package cloudrl.env;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.StepResult;
import cloudrl.reward.SeedShapedReward;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invariants that hold for every valid configuration, traffic level, seed and action sequence. */
class EnvironmentProperties {

    /** A configuration and traffic level together; both are drawn per try. */
    record Setup(EnvironmentConfig config, GaussianWorkload workload) {
        CloudEnvironment environment() {
            return new CloudEnvironment(config, workload, SeedShapedReward.defaults());
        }
    }

    @Property
    void everyObservationLiesInTheObservationSpace(@ForAll("setups") Setup setup, @ForAll long seed,
                                                   @ForAll @Size(max = 300) List<@From("unitAction") Action> actions) {
        CloudEnvironment environment = setup.environment();
        Observation start = environment.reset(seed).observation();
        assertTrue(environment.observationSpace().contains(start), start::toString);
        for (StepResult result : play(environment, actions)) {
            assertTrue(environment.observationSpace().contains(result.observation()), result::toString);
            assertTrue(result.observation().servers() >= 1);
            assertTrue(result.reward() >= 0 && result.reward() <= 1, () -> "reward " + result.reward());
        }
    }

    @Property
    void theSameSeedGivesTheSameTrajectory(@ForAll("setups") Setup setup, @ForAll long seed,
                                           @ForAll @Size(max = 300) List<@From("unitAction") Action> actions) {
        CloudEnvironment first = setup.environment();
        CloudEnvironment second = setup.environment();
        assertEquals(first.reset(seed), second.reset(seed));
        assertEquals(play(first, actions), play(second, actions));
    }

    @Property
    void terminatedExactlyWhenCpuOrMemoryPassesTheThreshold(@ForAll("setups") Setup setup, @ForAll long seed,
                                                            @ForAll @Size(max = 300) List<@From("unitAction") Action> actions) {
        CloudEnvironment environment = setup.environment();
        environment.reset(seed);
        double threshold = setup.config().terminationThreshold();
        for (StepResult result : play(environment, actions)) {
            Observation state = result.observation();
            assertEquals(state.cpu() > threshold || state.memory() > threshold, result.terminated(),
                    result::toString);
        }
    }

    @Property
    void truncatedExactlyAtMaxSteps(@ForAll("setups") Setup setup, @ForAll long seed) {
        CloudEnvironment environment = setup.environment();
        environment.reset(seed);
        int maxSteps = setup.config().maxSteps();
        StepResult result;
        int steps = 0;
        do {
            result = environment.step(Action.INCREASE);
            steps++;
            assertEquals(steps, result.info().step());
            assertEquals(steps == maxSteps && !result.terminated(), result.truncated(), result::toString);
        } while (!result.done());
        assertTrue(steps <= maxSteps);
    }

    /** Plays {@code actions} until they run out or the episode ends. */
    static List<StepResult> play(CloudEnvironment environment, List<Action> actions) {
        List<StepResult> results = new ArrayList<>();
        for (Action action : actions) {
            StepResult result = environment.step(action);
            results.add(result);
            if (result.done()) {
                break;
            }
        }
        return results;
    }

    @Provide
    Arbitrary<Setup> setups() {
        Arbitrary<EnvironmentConfig> configs = Builders.withBuilder(EnvironmentConfig::builder)
                .use(Arbitraries.doubles().between(0.05, 2)).in((b, v) -> b.cpuPerRequest(v))
                .use(Arbitraries.doubles().between(0.05, 2)).in((b, v) -> b.memoryPerRequest(v))
                .use(Arbitraries.doubles().between(1, 100)).in((b, v) -> b.serverCapacity(v))
                .use(Arbitraries.integers().between(1, 10)).in((b, v) -> b.initialServers(v))
                .use(Arbitraries.integers().between(1, 200)).in((b, v) -> b.maxSteps(v))
                .use(Arbitraries.doubles().between(50, 100)).in((b, v) -> b.terminationThreshold(v))
                .build(EnvironmentConfig.Builder::build);
        Arbitrary<GaussianWorkload> workloads = Arbitraries.doubles().between(0, 200)
                .flatMap(base -> Arbitraries.doubles().between(0, 60).map(std -> new GaussianWorkload(base, std)));
        return configs.flatMap(config -> workloads.map(workload -> new Setup(config, workload)))
                .edgeCases(edges -> edges.add(new Setup(EnvironmentConfig.defaults(), Task.HARD.workload())));
    }

    @Property(tries = 50)
    void tasksKeepTheInvariantsToo(@ForAll Task task, @ForAll long seed,
                                   @ForAll @Size(min = 100, max = 100) List<@From("unitAction") Action> actions) {
        CloudEnvironment environment = CloudEnvironment.of(task);
        environment.reset(seed);
        List<StepResult> results = play(environment, actions);
        StepResult last = results.get(results.size() - 1);
        assertTrue(last.done());
        assertFalse(last.terminated() && last.truncated());
    }

    /** The reference scheme's three actions. */
    @Provide
    Arbitrary<Action> unitAction() {
        return Arbitraries.of(Action.DECREASE, Action.MAINTAIN, Action.INCREASE);
    }
}
