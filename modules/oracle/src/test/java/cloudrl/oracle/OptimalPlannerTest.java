package cloudrl.oracle;

import cloudrl.api.Action;
import cloudrl.api.RewardBreakdown;
import cloudrl.api.RewardFunction;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.GaussianWorkload;
import cloudrl.reward.SeedShapedReward;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.IntToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small processes whose optimum is worked out by hand in the comments. */
class OptimalPlannerTest {

    /** Φ(0.5), from tables. */
    private static final double PHI_HALF = 0.6914624612740131;
    private static final double EXACT = 1e-9;

    private static Plan plan(EnvironmentConfig config, GaussianWorkload workload, RewardFunction reward) {
        return OptimalPlanner.plan(ScalingMdp.gaussian(config, workload, reward));
    }

    /** A reward that only looks at the server count. */
    private static RewardFunction byServers(IntToDoubleFunction value) {
        return new RewardFunction() {
            @Override
            public double reward(double cpu, double memory, int requestRate, int servers) {
                return value.applyAsDouble(servers);
            }

            @Override
            public RewardBreakdown explain(double cpu, double memory, int requestRate, int servers) {
                return new RewardBreakdown(reward(cpu, memory, requestRate, servers), Map.of());
            }
        };
    }

    @Test
    void oneStepOfSteadyTrafficPicksTheBestNextCountUnderTheSeedReward() {
        // rate 60 for certain, from 3 servers. The seed reward of the three reachable counts:
        //   2 servers: cpu 50 %, memory 45 %: 0.8333 + 0.6667 - 0.10 - 0   = 1.4     -> (1.4 + 5) / 7 = 0.9143
        //   3 servers: cpu 33 %, memory 30 %: -0.3667 - 0.4 - 0.15 - 0.1  = -1.0167 -> 0.5690
        //   4 servers: cpu 25 %, memory 22.5 %: -0.45 - 0.475 - 0.2 - 0.1 = -1.225  -> 0.5393
        EnvironmentConfig config = EnvironmentConfig.builder().maxSteps(1).build();
        Plan plan = plan(config, new GaussianWorkload(60, 0), SeedShapedReward.defaults());
        assertEquals(6.4 / 7, plan.expectedReturn(), EXACT);
        assertEquals(Action.DECREASE, plan.action(0, 3, 0));
        assertEquals(0.0, plan.truncationErrorBound());
    }

    @Test
    void twoStepsOfSteadyTrafficMoveToTwoServersAndStay() {
        // After one step at 2 servers the best is to stay (1 server would run at 100 % cpu: 0.3357);
        // from 3 servers the best is again to drop to 2. So V = 2 · 6.4/7.
        EnvironmentConfig config = EnvironmentConfig.builder().maxSteps(2).build();
        Plan plan = plan(config, new GaussianWorkload(60, 0), SeedShapedReward.defaults());
        assertEquals(12.8 / 7, plan.expectedReturn(), EXACT);
        assertEquals(Action.DECREASE, plan.action(0, 3, 0));
        assertEquals(Action.MAINTAIN, plan.action(1, 2, 0));
        assertEquals(Action.DECREASE, plan.action(1, 3, 0));
        assertEquals(6.4 / 7, plan.value(1, 2, 0), EXACT);
        // from 4 servers the best one step reaches is 3: (-1.0167 + 5) / 7
        assertEquals((5 - (0.3 + 1 / 15.0) - 0.4 - 0.15 - 0.1) / 7, plan.value(1, 4, 0), EXACT);
    }

    @Test
    void aRewardingButUnstableCountIsPutOffUntilTheLastStep() {
        // Rate 60 for certain. One server runs at 100 % cpu, which ends the episode, yet pays 1;
        // two servers are stable and pay 0.5. Greedy would drop at once and collect 1 in total; the
        // optimum keeps 2 servers until the last step and drops then: 0.5 + 1 = 1.5, and 2.0 over 3 steps.
        RewardFunction reward = byServers(servers -> servers == 1 ? 1.0 : 0.5);
        EnvironmentConfig two = EnvironmentConfig.builder().initialServers(2).maxSteps(2).build();
        Plan plan = plan(two, new GaussianWorkload(60, 0), reward);
        assertEquals(1.5, plan.expectedReturn(), EXACT);
        assertEquals(Action.MAINTAIN, plan.action(0, 2, 0));
        assertEquals(Action.DECREASE, plan.action(1, 2, 0));
        assertEquals(2.0, plan(two.toBuilder().maxSteps(3).build(), new GaussianWorkload(60, 0), reward)
                .expectedReturn(), EXACT);
    }

    @Test
    void randomInstabilityIsWeighedAgainstTheCostOfAvoidingIt() {
        // Threshold 94 %: one server becomes unstable at rate 57 or more (cpu 95 %), two never do within
        // the kept rates. Rates 56.5 + N(0, 1) floored: P(rate >= 57) = P(Z >= 0.5) = 1 - Φ(0.5), so one
        // server survives a step with p = Φ(0.5). Reward 1 with one server, 0.6 with two; start at 1, max 2.
        //   T = 1: stay, V = 1.
        //   T = 2: stay: 1 + p · 1 = 1.6915;   add a server: 0.6 + 1 = 1.6      -> stay, V = 1 + p.
        //   T = 3: stay: 1 + p (1 + p) = 2.1696; add: 0.6 + V_1(2) = 0.6 + (1 + p) = 2.2915 -> add, V = 1.6 + p,
        //          where V_1(2) = max(drop to 1: 1 + p, stay at 2: 0.6 + 1).
        RewardFunction reward = byServers(servers -> servers == 1 ? 1.0 : 0.6);
        EnvironmentConfig config = EnvironmentConfig.builder().initialServers(1).maxServers(2)
                .terminationThreshold(94).maxSteps(1).build();
        GaussianWorkload traffic = new GaussianWorkload(56.5, 1);
        assertEquals(1.0, plan(config, traffic, reward).expectedReturn(), EXACT);

        Plan twoSteps = plan(config.toBuilder().maxSteps(2).build(), traffic, reward);
        assertEquals(1 + PHI_HALF, twoSteps.expectedReturn(), EXACT);
        assertEquals(Action.MAINTAIN, twoSteps.action(0, 1, 0));

        Plan threeSteps = plan(config.toBuilder().maxSteps(3).build(), traffic, reward);
        assertEquals(1.6 + PHI_HALF, threeSteps.expectedReturn(), EXACT);
        assertEquals(Action.INCREASE, threeSteps.action(0, 1, 0));
        assertEquals(Action.DECREASE, threeSteps.action(1, 2, 0));
        // at the last step one server is best and dropping below one is the same as staying: ties keep the count
        assertEquals(Action.MAINTAIN, threeSteps.action(2, 1, 0));
        assertEquals(Action.DECREASE, threeSteps.action(2, 2, 0));
        // the cap holds: at 2 servers adding one leads nowhere new
        assertEquals(2, threeSteps.mdp().highestServers());
    }

    @Test
    void theBestCountMatchesTheMostLikelyRateUnderAnIndicatorReward() {
        // Reward 1 when servers equal the rate (rates 2.5 + N(0, 1) floored), else 0; one step from 3:
        // P(2) = Φ(0.5) - Φ(-0.5) = 0.3829 beats P(3) = Φ(1.5) - Φ(0.5) = 0.2417 and P(4) = 0.0606.
        RewardFunction reward = new RewardFunction() {
            @Override
            public double reward(double cpu, double memory, int requestRate, int servers) {
                return servers == requestRate ? 1.0 : 0.0;
            }

            @Override
            public RewardBreakdown explain(double cpu, double memory, int requestRate, int servers) {
                return new RewardBreakdown(reward(cpu, memory, requestRate, servers), Map.of());
            }
        };
        Plan plan = plan(EnvironmentConfig.builder().maxSteps(1).build(), new GaussianWorkload(2.5, 1), reward);
        assertEquals(0.38292492254802621, plan.expectedReturn(), EXACT);
        assertEquals(Action.DECREASE, plan.action(0, 3, 0));
    }

    @Test
    void onlyReachableServerCountsArePlanned() {
        EnvironmentConfig config = EnvironmentConfig.builder().initialServers(3).maxSteps(5).build();
        Plan plan = plan(config, new GaussianWorkload(60, 15), SeedShapedReward.defaults());
        assertEquals(1, plan.mdp().lowestServers());
        assertEquals(8, plan.mdp().highestServers());
        assertEquals(4, plan.mdp().highestServers(1));
        IllegalArgumentException unreachable = assertThrows(IllegalArgumentException.class,
                () -> plan.action(1, 5, 0));
        assertTrue(unreachable.getMessage().contains("5 servers cannot occur after 1 steps"),
                unreachable.getMessage());
        assertThrows(IllegalArgumentException.class, () -> plan.action(5, 3, 0));
    }

    @Test
    void aRewardOutsideZeroToOneIsRefused() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> plan(EnvironmentConfig.builder().maxSteps(1).build(), new GaussianWorkload(60, 0),
                        byServers(servers -> 2.0)));
        assertTrue(bad.getMessage().contains("rewards must be in [0, 1]"), bad.getMessage());
    }

    @Test
    void tooLargeAPlanIsRefusedWithTheReason() {
        EnvironmentConfig config = EnvironmentConfig.builder().maxSteps(5_000).build();
        IllegalArgumentException large = assertThrows(IllegalArgumentException.class,
                () -> plan(config, new GaussianWorkload(60, 15), SeedShapedReward.defaults()));
        assertTrue(large.getMessage().contains("lower maxSteps"), large.getMessage());
    }
}
