package cloudrl.plugins;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.Policy;
import cloudrl.api.RewardFunction;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Rollout;
import cloudrl.env.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plugin that misbehaves while running is named: its id, its jar, the call, and the step and seed
 * of the episode. One plain jar holds a provider for each way to misbehave.
 */
class MisbehavingPluginTest {

    private static final long SEED = 42;

    @TempDir
    static Path plugins;

    @TempDir
    static Path workspace;

    private static Path jar;
    private static PluginCatalog catalog;

    @BeforeAll
    static void buildTheJar() throws IOException {
        jar = TestJars.in(workspace)
                .source("bad/Policies.java", """
                        package bad;
                        import cloudrl.api.*;
                        public final class Policies {
                          private Policies() { }
                          /** acts twice, then throws on its third act of an episode: step 3 */
                          public static final class Throws extends Base {
                            public Throws() { super("throws-at-three"); }
                            public Policy create(long seed, Parameters parameters) {
                              return new Policy() {
                                int calls;
                                public Action act(Observation observation) {
                                  if (++calls == 3) { throw new IllegalStateException("boom"); }
                                  return Action.MAINTAIN;
                                }
                                public void reset() { calls = 0; }
                              };
                            }
                          }
                          public static final class Null extends Base {
                            public Null() { super("returns-null"); }
                            public Policy create(long seed, Parameters parameters) { return observation -> null; }
                          }
                          /** sleeps in act until interrupted, then returns */
                          public static final class Stuck extends Base {
                            public Stuck() { super("stuck"); }
                            public Policy create(long seed, Parameters parameters) {
                              return observation -> {
                                try { Thread.sleep(600_000); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                                return Action.MAINTAIN;
                              };
                            }
                          }
                          public static final class NoPolicy extends Base {
                            public NoPolicy() { super("creates-null"); }
                            public Policy create(long seed, Parameters parameters) { return null; }
                          }
                          public abstract static class Base implements PolicyProvider {
                            private final String id;
                            Base(String id) { this.id = id; }
                            public String id() { return id; }
                            public String description() { return "misbehaving policy " + id; }
                          }
                        }
                        """)
                .source("bad/Workloads.java", """
                        package bad;
                        import cloudrl.api.*;
                        import java.util.random.RandomGenerator;
                        public final class Workloads implements WorkloadProvider {
                          public String id() { return "negative-at-two"; }
                          public String description() { return "a rate of -7 at step 2"; }
                          public WorkloadModel create(long seed, TrafficLevel traffic, Parameters parameters) {
                            return (step, random) -> step == 2 ? -7 : 40;
                          }
                        }
                        """)
                .source("bad/Rewards.java", """
                        package bad;
                        import cloudrl.api.*;
                        import java.util.Map;
                        public final class Rewards {
                          private Rewards() { }
                          /** a reward of 1.5 from reward; explain cannot even build it */
                          public static final class TooBig extends Base {
                            public TooBig() { super("too-big", 1.5); }
                          }
                          public static final class NotANumber extends Base {
                            public NotANumber() { super("not-a-number", Double.NaN); }
                          }
                          public abstract static class Base implements RewardProvider {
                            private final String id;
                            private final double value;
                            Base(String id, double value) { this.id = id; this.value = value; }
                            public String id() { return id; }
                            public String description() { return "reward " + value; }
                            public RewardFunction create(long seed, Parameters parameters) {
                              return new RewardFunction() {
                                public double reward(double cpu, double memory, int rate, int servers) { return value; }
                                public RewardBreakdown explain(double cpu, double memory, int rate, int servers) {
                                  return new RewardBreakdown(value, Map.of());
                                }
                              };
                            }
                          }
                        }
                        """)
                .entry("META-INF/services/cloudrl.api.PolicyProvider",
                        "bad.Policies$Throws\nbad.Policies$Null\nbad.Policies$Stuck\nbad.Policies$NoPolicy\n")
                .entry("META-INF/services/cloudrl.api.WorkloadProvider", "bad.Workloads\n")
                .entry("META-INF/services/cloudrl.api.RewardProvider", "bad.Rewards$TooBig\nbad.Rewards$NotANumber\n")
                .jar(plugins, "misbehaving");
        catalog = PluginDiscovery.discover(plugins);
        assertEquals(List.of(), catalog.plugins(PluginState.FAILED));
    }

    @Test
    void anExceptionFromActNamesThePluginItsJarTheStepAndTheSeed() {
        PluginFailure failure = play(Selection.of("throws-at-three", null, null, List.of()), new Assembly(catalog));
        // the policy throws on its third act, which chooses the action of step 3
        assertEquals("policy 'throws-at-three' from the plugin jar " + jar + " failed at step 3 of the episode seeded "
                + SEED + ": act threw java.lang.IllegalStateException: boom", failure.getMessage());
        assertEquals("throws-at-three", failure.providerId());
        assertEquals(jar, failure.jar().orElseThrow());
        assertTrue(failure.getCause() instanceof IllegalStateException);
    }

    @Test
    void aNullActionIsNamed() {
        PluginFailure failure = play(Selection.of("returns-null", null, null, List.of()), new Assembly(catalog));
        assertEquals("policy 'returns-null' from the plugin jar " + jar + " failed at step 1 of the episode seeded "
                + SEED + ": act returned null; a policy must return an action", failure.getMessage());
    }

    @Test
    void aProviderThatCreatesNothingIsNamed() {
        PluginFailure failure = assertThrows(PluginFailure.class, () -> new Assembly(catalog)
                .policy(Selection.of("creates-null", null, null, List.of()), SEED));
        assertEquals("policy 'creates-null' from the plugin jar " + jar + " failed while creating its policy: create"
                + " returned null; a provider must return a new policy", failure.getMessage());
    }

    @Test
    void aNegativeRequestRateIsNamedWithItsStep() {
        PluginFailure failure = play(Selection.of(null, null, "negative-at-two", List.of()), new Assembly(catalog));
        assertEquals("workload 'negative-at-two' from the plugin jar " + jar + " failed at step 2 of the episode seeded "
                + SEED + ": requestRate returned -7 for step 2; a request rate must be 0 or more", failure.getMessage());
    }

    @Test
    void aRewardAboveOneIsNamedWhetherAskedForTheValueOrItsParts() {
        Selection selection = Selection.of(null, "too-big", null, List.of());
        PluginFailure playing = play(selection, new Assembly(catalog));
        // the environment asks for the parts; the plugin's own RewardBreakdown refuses 1.5, on the first step
        assertEquals("reward 'too-big' from the plugin jar " + jar + " failed at step 1 of the episode seeded " + SEED
                + ": explain threw java.lang.IllegalArgumentException: reward 1.5 is outside [0, 1]", playing.getMessage());
        RewardFunction reward = new Assembly(catalog).reward(selection, SEED);
        PluginFailure value = assertThrows(PluginFailure.class, () -> reward.reward(50, 50, 40, 3));
        assertEquals("reward 'too-big' from the plugin jar " + jar + " failed outside a seeded episode: reward returned"
                + " 1.5; a reward must be in [0, 1]", value.getMessage());
    }

    @Test
    void aNotANumberRewardIsNamed() {
        RewardFunction reward = new Assembly(catalog).reward(Selection.of(null, "not-a-number", null, List.of()), SEED);
        PluginFailure failure = assertThrows(PluginFailure.class, () -> reward.reward(50, 50, 40, 3));
        assertTrue(failure.getMessage().endsWith("reward returned NaN; a reward must be in [0, 1]"), failure.getMessage());
    }

    @Test
    void aCallThatOutrunsTheLimitIsReportedWhileRunningAndFailsWhenItReturns() {
        List<OverduePluginCall> reported = new CopyOnWriteArrayList<>();
        Thread player = Thread.currentThread();
        PluginWatchdog watchdog = new PluginWatchdog(Duration.ofMillis(100), overdue -> {
            reported.add(overdue);
            // the plugin sleeps until interrupted: this lets the stuck call return
            player.interrupt();
        });
        PluginFailure failure = play(Selection.of("stuck", null, null, List.of()), new Assembly(catalog, watchdog));
        Thread.interrupted();
        assertEquals(List.of(new OverduePluginCall("policy 'stuck' from the plugin jar " + jar, "act",
                "at step 1 of the episode seeded " + SEED, Duration.ofMillis(100))), reported);
        assertEquals("policy 'stuck' from the plugin jar " + jar + " did not return from act within 0.1 s at step 1 of"
                + " the episode seeded " + SEED, reported.get(0).message());
        assertEquals("policy 'stuck' from the plugin jar " + jar + " failed at step 1 of the episode seeded " + SEED
                + ": act took longer than 0.1 s (the limit for one call)", failure.getMessage());
    }

    @Test
    void builtInsComeUnguarded() {
        Assembly assembly = new Assembly(catalog);
        Selection defaults = Selection.defaults();
        CloudEnvironment environment = assembly.environment(Task.EASY, defaults, SEED);
        assertFalse(assembly.policy(defaults, SEED) instanceof GuardedPolicy);
        assertFalse(environment.rewardFunction() instanceof GuardedReward);
        assertFalse(environment.workload() instanceof GuardedWorkload);
    }

    @Test
    void aWellBehavedCallPassesThroughTheGuard() {
        // the policy throws only on its third act of an episode; reset starts the count again
        Policy guarded = new Assembly(catalog).policy(Selection.of("throws-at-three", null, null, List.of()), SEED);
        assertTrue(guarded instanceof GuardedPolicy);
        Observation state = new Observation(50, 40, 40, 3);
        assertEquals(Action.MAINTAIN, guarded.act(state));
        assertEquals(Action.MAINTAIN, guarded.act(state));
        guarded.reset();
        assertEquals(Action.MAINTAIN, guarded.act(state));
        assertEquals(Action.MAINTAIN, guarded.act(state));
        assertThrows(PluginFailure.class, () -> guarded.act(state));
    }

    private static PluginFailure play(Selection selection, Assembly assembly) {
        CloudEnvironment environment = assembly.environment(Task.EASY, selection, SEED);
        Policy policy = assembly.policy(selection, SEED, Task.EASY, environment);
        return assertThrows(PluginFailure.class, () -> Rollout.play(environment, policy, SEED));
    }
}
