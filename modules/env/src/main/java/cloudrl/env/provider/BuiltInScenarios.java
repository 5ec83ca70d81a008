package cloudrl.env.provider;

import cloudrl.api.Part;
import cloudrl.api.Scenario;
import cloudrl.api.ScenarioProvider;
import cloudrl.env.ReferenceScenario;

import java.util.List;
import java.util.Map;

/**
 * The built-in scenarios, one provider each; docs/scenarios.md says what each models and why it is
 * hard. Every one is data: the same parts a scenario file could name.
 */
public final class BuiltInScenarios {

    private BuiltInScenarios() {
    }

    private static final Part GAUSSIAN = Part.of("gaussian");
    private static final Part DIURNAL = Part.of("diurnal");
    private static final Part UNIT = Part.of("unit");
    private static final Part SEED_REWARD = Part.of("seed-shaped");
    private static final Part STANDARD = Part.of("standard");
    private static final Part BOOT_3 = Part.of("standard", Map.of("bootSteps", "3"));
    private static final Part BOOTING = Part.of("booting-servers");
    private static final Part PHASE = Part.of("phase", Map.of("period", "100"));

    /** {@code reference}: the seed's problem, unchanged. */
    public static final class Reference implements ScenarioProvider {
        @Override
        public Scenario scenario() {
            return ReferenceScenario.scenario();
        }
    }

    /** {@code boot-delay}: reference traffic, servers serve 3 steps after the order. */
    public static final class BootDelay implements ScenarioProvider {
        @Override
        public Scenario scenario() {
            return new Scenario("boot-delay", "reference traffic, but an added server serves only 3 steps after the"
                    + " order and is paid from it", GAUSSIAN, "medium", UNIT, BOOT_3, SEED_REWARD, List.of(),
                    List.of(BOOTING), 100, List.of(3));
        }
    }

    /** {@code diurnal-boot}: a daily cycle with a boot delay: scaling must anticipate. */
    public static final class DiurnalBoot implements ScenarioProvider {
        @Override
        public Scenario scenario() {
            return new Scenario("diurnal-boot", "diurnal traffic (period 100, amplitude 0.5) with a 3-step boot delay:"
                    + " servers must be ordered before the peak", DIURNAL, "medium", UNIT, BOOT_3, SEED_REWARD,
                    List.of(), List.of(BOOTING, PHASE), 100, List.of(3));
        }
    }

    /** {@code multi-step}: up to 3 servers per action on diurnal traffic. */
    public static final class MultiStep implements ScenarioProvider {
        @Override
        public Scenario scenario() {
            return new Scenario("multi-step", "diurnal traffic with the steps scheme: remove or add up to 3 servers"
                    + " at once (7 actions)", DIURNAL, "medium", Part.of("steps", Map.of("k", "3")), STANDARD,
                    SEED_REWARD, List.of(), List.of(PHASE), 100, List.of(3));
        }
    }

    /** {@code instance-types}: small and large servers with their own capacity and cost. */
    public static final class InstanceTypes implements ScenarioProvider {
        @Override
        public Scenario scenario() {
            return new Scenario("instance-types", "diurnal traffic on small (capacity 30, cost 0.05) and large"
                    + " (capacity 90, cost 0.12) servers, at most 10: the action names the type",
                    DIURNAL, "medium", UNIT,
                    Part.of("standard", Map.of("types", "small:30:0.05,large:90:0.12", "maxServers", "10")),
                    SEED_REWARD, List.of(), List.of(Part.of("servers-per-type"), PHASE), 100, List.of(3, 0));
        }
    }

    /** {@code budget}: a total cost per episode that a greedy fleet overspends. */
    public static final class BudgetScenario implements ScenarioProvider {
        @Override
        public Scenario scenario() {
            return new Scenario("budget", "hard traffic under a budget of 12 per episode (0.05 per server-step): 3"
                    + " servers spend it by step 80 and the episode ends; 2 are cheap but unstable at peaks",
                    GAUSSIAN, "hard", UNIT, STANDARD, SEED_REWARD,
                    List.of(Part.of("budget", Map.of("total", "12", "onExhausted", "end"))),
                    List.of(Part.of("cost-so-far"), Part.of("budget-left")), 100, List.of(3));
        }
    }

    /** {@code sla}: a latency objective, violations graded. */
    public static final class Sla implements ScenarioProvider {
        @Override
        public Scenario scenario() {
            return new Scenario("sla", "hard traffic with a latency objective of 35 requests per server: the sla"
                    + " reward, violations counted and graded", GAUSSIAN, "hard", UNIT, STANDARD, Part.of("sla"),
                    List.of(Part.of("sla", Map.of("maxLatency", "35"))), List.of(Part.of("violations")), 100,
                    List.of(3));
        }
    }

    /** {@code nasa-boot}: a month of measured NASA web traffic, minute by minute, with a boot delay. */
    public static final class NasaBoot implements ScenarioProvider {
        @Override
        public Scenario scenario() {
            return new Scenario("nasa-boot", "measured NASA-HTTP July 1995 traffic, one step a minute, with a 3-step"
                    + " boot delay: spiky, unforecastable minutes, servers ordered 2 steps before they serve",
                    Part.of("nasa-1995"), "medium", UNIT, BOOT_3, SEED_REWARD, List.of(), List.of(BOOTING), 100,
                    List.of(3));
        }
    }

    /** {@code twitter-boot}: two weeks of the measured Twitter sample stream with a boot delay. */
    public static final class TwitterBoot implements ScenarioProvider {
        @Override
        public Scenario scenario() {
            return new Scenario("twitter-boot", "measured Twitter sample-stream traffic, August 2021, one step a minute,"
                    + " with a 3-step boot delay: a busy daily rhythm with bursts the delay makes costly",
                    Part.of("twitter-2021"), "medium", UNIT, BOOT_3, SEED_REWARD, List.of(), List.of(BOOTING), 100,
                    List.of(3));
        }
    }
}
