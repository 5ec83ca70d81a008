package cloudrl.plugins;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.Part;
import cloudrl.api.PlugPoint;
import cloudrl.api.Scenario;
import cloudrl.api.StepResult;
import cloudrl.check.EnvironmentChecker;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;
import cloudrl.env.VectorEnv;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every built-in scenario against the contract and the dynamics' promises. */
class ScenarioSuiteTest {

    private static final PluginCatalog CATALOG = PluginDiscovery.builtIns();
    private static final Assembly ASSEMBLY = new Assembly(CATALOG);
    private static final List<String> SUITE = List.of("reference", "boot-delay", "diurnal-boot", "multi-step",
            "instance-types", "budget", "sla", "nasa-boot", "twitter-boot");

    private static CloudEnvironment environment(Scenario scenario, List<String> params, long seed) {
        Selection selection = Selection.of(scenario, null, null, null, params);
        return ASSEMBLY.environment(Task.parse(scenario.task()), selection, seed);
    }

    private static CloudEnvironment environment(String id) {
        return environment(CATALOG.scenario(id), List.of(), 0);
    }

    @Test
    void theSuiteIsBuiltIn() {
        assertTrue(CATALOG.ids(PlugPoint.SCENARIO).containsAll(SUITE), CATALOG.ids(PlugPoint.SCENARIO).toString());
    }

    @Test
    void everyScenarioKeepsTheEnvironmentContract() {
        for (String id : SUITE) {
            new EnvironmentChecker(() -> environment(id), 6, 11).run().assertPassed();
        }
    }

    @Test
    void theVectorEnvironmentFollowsTheSingleOneOnEveryScenario() {
        for (String id : SUITE) {
            Scenario scenario = CATALOG.scenario(id);
            Selection selection = Selection.of(scenario, null, null, null, List.of());
            Task task = Task.parse(scenario.task());
            CloudEnvironment single = environment(scenario, List.of(), 0);
            int count = 5;
            long[] seeds = VectorEnv.environmentSeeds(17, count);
            try (VectorEnv vector = new VectorEnv(count, single.dynamics(),
                    () -> ASSEMBLY.workload(selection, task.trafficLevel(), 0), ASSEMBLY.reward(selection, 0), 1)) {
                vector.reset(17);
                List<CloudEnvironment> singles = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    CloudEnvironment own = environment(scenario, List.of(), 0);
                    singles.add(own);
                    assertArrayEquals(own.reset(seeds[i]).observation().toArray(), row(vector, i), id + " reset " + i);
                }
                SplittableRandom chooser = new SplittableRandom(3);
                boolean[] pending = new boolean[count];
                int n = single.actionSpace().n();
                for (int t = 0; t < 250; t++) {
                    int[] actions = new int[count];
                    for (int i = 0; i < count; i++) {
                        actions[i] = chooser.nextInt(n);
                    }
                    vector.step(actions);
                    for (int i = 0; i < count; i++) {
                        CloudEnvironment own = singles.get(i);
                        if (pending[i]) {
                            assertArrayEquals(own.reset().observation().toArray(), row(vector, i), id + " autoreset");
                            pending[i] = false;
                            continue;
                        }
                        StepResult result = own.step(actions[i]);
                        assertArrayEquals(result.observation().toArray(), row(vector, i), id + " step " + t);
                        assertEquals(result.reward(), vector.rewards()[i], 0.0, id + " reward at " + t);
                        assertEquals(result.terminated(), vector.terminated()[i], id);
                        assertEquals(result.truncated(), vector.truncated()[i], id);
                        pending[i] = result.done();
                    }
                }
            }
        }
    }

    private static float[] row(VectorEnv vector, int i) {
        int size = vector.observationSize();
        float[] row = new float[size];
        System.arraycopy(vector.observations(), i * size, row, 0, size);
        return row;
    }

    @Property(tries = 40)
    void observationsStayInTheSpaceAndCostNeverFalls(@ForAll("scenarios") String id, @ForAll long seed,
                                                      @ForAll @Size(max = 120) List<@IntRange(min = 0, max = 100) Integer> choices) {
        CloudEnvironment environment = environment(CATALOG.scenario(id), List.of(), 0);
        assertTrue(environment.observationSpace().contains(environment.reset(seed).observation()));
        double spent = 0;
        for (int choice : choices) {
            StepResult result = environment.step(choice % environment.actionSpace().n());
            assertTrue(environment.observationSpace().contains(result.observation()), id + ": " + result.observation());
            assertTrue(environment.fleet().costSoFar() >= spent, id + ": cost fell");
            spent = environment.fleet().costSoFar();
            if (result.done()) {
                break;
            }
        }
    }

    @Provide
    Arbitrary<String> scenarios() {
        return Arbitraries.of(SUITE);
    }

    @Property(tries = 60)
    void aServerOrderedAtStepTServesFromStepTPlusBootStepsMinusOne(@ForAll @IntRange(min = 1, max = 6) int bootSteps,
                                                                   @ForAll long seed,
                                                                   @ForAll @Size(max = 60) List<Boolean> adds) {
        CloudEnvironment environment = environment(CATALOG.scenario("boot-delay"),
                List.of("fleet.bootSteps=" + bootSteps), 0);
        environment.reset(seed);
        List<Integer> orders = new ArrayList<>();
        for (int t = 1; t <= adds.size(); t++) {
            boolean add = adds.get(t - 1);
            StepResult result = environment.step(add ? Action.INCREASE : Action.MAINTAIN);
            if (add) {
                orders.add(t);
            }
            int step = t;
            long serving = 3 + orders.stream().filter(ordered -> ordered + bootSteps - 1 <= step).count();
            assertEquals(serving, result.observation().servers(), "step " + t + ", orders " + orders);
            if (result.done()) {
                break;
            }
        }
    }

    @Property(tries = 30)
    void bootStepsOneIsTheReference(@ForAll long seed, @ForAll @Size(max = 100) List<@From("unit") Action> actions) {
        CloudEnvironment reference = environment("reference");
        CloudEnvironment booting = environment(CATALOG.scenario("boot-delay"), List.of("fleet.bootSteps=1"), 0);
        assertArrayEquals(reference.reset(seed).observation().toArray(), head(booting.reset(seed).observation()));
        for (Action action : actions) {
            StepResult expected = reference.step(action);
            StepResult actual = booting.step(action);
            assertArrayEquals(expected.observation().toArray(), head(actual.observation()));
            assertEquals(expected.reward(), actual.reward(), 1e-12);
            assertEquals(0f, actual.observation().feature("bootingServers"));
            assertEquals(expected.terminated(), actual.terminated());
            if (expected.done()) {
                break;
            }
        }
    }

    private static float[] head(Observation observation) {
        float[] all = observation.toArray();
        return java.util.Arrays.copyOf(all, Observation.SIZE);
    }

    @Provide
    Arbitrary<Action> unit() {
        return Arbitraries.of(Action.DECREASE, Action.MAINTAIN, Action.INCREASE);
    }

    @Property(tries = 30)
    void stepsWithKOneIsUnit(@ForAll long seed, @ForAll @Size(max = 100) List<@From("unit") Action> actions) {
        Scenario multi = CATALOG.scenario("multi-step");
        Scenario unit = new Scenario("multi-unit", "multi-step with the unit scheme", multi.workload(), multi.task(),
                Part.of("unit"), multi.fleet(), multi.reward(), multi.constraints(), multi.features(), multi.maxSteps(),
                multi.initialServers());
        CloudEnvironment steps = environment(multi, List.of("actions.k=1"), 0);
        CloudEnvironment units = environment(unit, List.of(), 0);
        assertEquals(units.actionSpace(), steps.actionSpace());
        assertEquals(units.reset(seed).observation(), steps.reset(seed).observation());
        for (Action action : actions) {
            StepResult expected = units.step(action);
            StepResult actual = steps.step(action);
            assertEquals(expected.observation(), actual.observation());
            assertEquals(expected.reward(), actual.reward(), 0.0);
            if (expected.done()) {
                break;
            }
        }
    }

    @Property(tries = 40)
    void aBudgetThatRefusesIsNeverOverspent(@ForAll long seed,
                                            @ForAll @Size(max = 100) List<@From("unit") Action> actions) {
        Scenario budget = CATALOG.scenario("budget");
        Scenario refusing = new Scenario("budget-refuse", "budget that refuses additions", budget.workload(),
                budget.task(), budget.actions(), budget.fleet(), budget.reward(),
                List.of(Part.of("budget", Map.of("total", "16", "onExhausted", "refuse"))), budget.features(),
                budget.maxSteps(), budget.initialServers());
        CloudEnvironment environment = environment(refusing, List.of(), 0);
        environment.reset(seed);
        for (Action action : actions) {
            StepResult result = environment.step(action);
            assertTrue(environment.fleet().costSoFar() <= 16 + 1e-9, "spent " + environment.fleet().costSoFar());
            if (result.done()) {
                break;
            }
        }
    }

    @Test
    void holdingTheInitialFleetSpendsTheBudgetAtStep81() {
        // 3 servers cost 0.15 a step: 80 steps spend 12.0, the 81st overspends the budget of 12
        CloudEnvironment environment = environment("budget");
        Selection selection = Selection.of(CATALOG.scenario("budget"), "maintain", null, null, List.of());
        int spent = 0;
        for (long seed = 0; seed < 30; seed++) {
            cloudrl.api.Episode episode = cloudrl.env.Rollout.play(environment,
                    ASSEMBLY.policy(selection, seed, Task.HARD, environment), seed);
            if (environment.fleet().budgetLeft() < 0) {
                assertEquals(81, episode.steps(), "seed " + seed);
                assertTrue(episode.terminated());
                spent++;
            }
        }
        assertTrue(spent >= 25, "episodes that ran until the budget was spent: " + spent + " of 30");
    }
}
