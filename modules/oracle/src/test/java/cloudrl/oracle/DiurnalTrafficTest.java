package cloudrl.oracle;

import cloudrl.api.RateDistribution;
import cloudrl.env.NormalRates;
import cloudrl.api.TrafficChain;
import cloudrl.api.Action;
import cloudrl.api.RewardBreakdown;
import cloudrl.api.RewardFunction;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.Task;
import cloudrl.evaluation.Evaluation;
import cloudrl.evaluation.MeanInterval;
import cloudrl.policy.ThresholdPolicy;
import cloudrl.reward.SeedShapedReward;
import cloudrl.workload.DiurnalWorkload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The diurnal chain: its draws by hand, a tiny plan by hand, and large plans against the simulator. */
class DiurnalTrafficTest {

    private static final double EXACT = 1e-9;
    private static final int EPISODES = 5_000;
    private static final int HEURISTIC_EPISODES = 40_000;
    /** Φ(0.5) and Φ(1.5), from tables. */
    private static final double PHI_HALF = 0.6914624612740131;
    private static final double PHI_ONE_AND_HALF = 0.9331927987311419;

    /** Pays 1 when the servers match the request rate, else nothing. */
    private static final RewardFunction SERVERS_EQUAL_RATE = new RewardFunction() {
        @Override
        public double reward(double cpu, double memory, int requestRate, int servers) {
            return servers == requestRate ? 1.0 : 0.0;
        }

        @Override
        public RewardBreakdown explain(double cpu, double memory, int requestRate, int servers) {
            return new RewardBreakdown(reward(cpu, memory, requestRate, servers), Map.of());
        }
    };

    @Test
    void aDrawRoundsToTheNearestCountAndClampsAtZero() {
        // level 0, std 1: the count is 0 for every draw below 1/2 (negative ones clamp to 0), 1 for [1/2, 3/2)
        RateDistribution draw = NormalRates.roundedNormal(0, 1, 1e-12);
        assertEquals(0, draw.lowestRate());
        assertEquals(PHI_HALF, draw.probability(0), EXACT);
        assertEquals(PHI_ONE_AND_HALF - PHI_HALF, draw.probability(1), EXACT);
        // no noise: 2.5 rounds up, as Math.round does
        RateDistribution steady = NormalRates.roundedNormal(2.5, 0, 1e-12);
        assertEquals(1.0, steady.probability(3));
    }

    @Test
    void theStateIsTheStepAndEachDrawUsesTheLevelAtTheStepItIsDrawnAt() {
        // level(t) = 3 + sin(pi t / 2): 3, 4, 3, 2 at workload steps 0..3, without noise
        TrafficChain traffic = new DiurnalWorkload(3, 1.0 / 3, 4, 0, 0).chain(3);
        assertEquals(4, traffic.stateCount());
        assertEquals(3, traffic.atReset().rate(0));
        assertEquals(4, traffic.from(0).rate(0));
        assertEquals(1, traffic.from(0).nextState(0));
        assertEquals(3, traffic.from(1).rate(0));
        assertEquals(2, traffic.from(2).rate(0));
        assertTrue(traffic.possibleAfter(2, 2));
        assertTrue(!traffic.possibleAfter(2, 1));
    }

    @Test
    void aTinyCycleIsFollowedStepByStep() {
        // From 3 servers, with rates 4, 3, 2 drawn after steps 0, 1, 2 and a reward of 1 whenever the servers
        // equal the rate, the optimum is up, down, down: 3 in all. A plan blind to the cycle could not do it.
        EnvironmentConfig config = EnvironmentConfig.builder().initialServers(3).maxSteps(3).build();
        ScalingMdp mdp = new ScalingMdp(config, new DiurnalWorkload(3, 1.0 / 3, 4, 0, 0).chain(3),
                SERVERS_EQUAL_RATE);
        Plan plan = OptimalPlanner.plan(mdp);
        assertEquals(3.0, plan.expectedReturn(), EXACT);
        assertEquals(Action.INCREASE, plan.action(0, 3, 0));
        assertEquals(Action.DECREASE, plan.action(1, 4, 1));
        assertEquals(Action.DECREASE, plan.action(2, 3, 2));
        assertEquals(3.0, new PolicyEvaluation(mdp).expectedReturn(plan.decisionRule()), EXACT);
    }

    private static DiurnalWorkload workload(Task task) {
        // the provider's defaults: amplitude 0.5, period 100, phase 0, noise 0.5 x the task's spread
        return new DiurnalWorkload(task.baseRate(), 0.5, 100, 0, 0.5 * task.stdDev());
    }

    private static void assertInside(double exact, MeanInterval simulated, String what) {
        assertTrue(simulated.low() <= exact && exact <= simulated.high(),
                () -> what + ": exact " + exact + " outside the simulated 95 % interval [" + simulated.low() + ", "
                        + simulated.high() + "] around " + simulated.mean());
    }

    @ParameterizedTest
    @EnumSource(Task.class)
    void thePlannedAndTheHeuristicsExactReturnsAgreeWithTheSimulatedOnes(Task task) {
        // One seed fixed in advance; a 95 % interval misses one time in twenty by design.
        CloudEnvironment environment = new CloudEnvironment(EnvironmentConfig.defaults(), workload(task),
                SeedShapedReward.defaults());
        ScalingMdp mdp = ScalingMdp.of(environment);
        Plan plan = OptimalPlanner.plan(mdp);
        MeanInterval optimal = new Evaluation().run(task.id(), "oracle", environment, plan.policy(), EPISODES,
                20_261_124L).cumulativeReward();
        assertInside(plan.expectedReturn(), optimal, task.id() + " diurnal oracle");
        // The heuristic's returns are heavy-tailed (a rare early termination costs dozens of reward) and its
        // 95 % intervals came out too narrow: over three more seeds of 40000 episodes on medium the means were
        // 65.75, 65.41, 65.70 with half-widths of 0.21, and a direct simulation of 100000 episodes gave
        // 65.71 +- 0.13, around the exact 65.65. So it is held to two half-widths, not one.
        double heuristic = new PolicyEvaluation(mdp).expectedReturn(ThresholdPolicy.defaults());
        MeanInterval simulated = new Evaluation().run(task.id(), "threshold", environment, ThresholdPolicy.defaults(),
                HEURISTIC_EPISODES, 20_261_124L).cumulativeReward();
        double halfWidth = (simulated.high() - simulated.low()) / 2;
        assertEquals(simulated.mean(), heuristic, 2 * halfWidth, task.id() + " diurnal threshold");
        assertTrue(plan.expectedReturn() >= heuristic);
    }
}
