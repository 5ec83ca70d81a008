package cloudrl.oracle;

import cloudrl.api.TrafficChain;
import cloudrl.api.TrafficOutcomes;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.Task;
import cloudrl.evaluation.Evaluation;
import cloudrl.evaluation.MeanInterval;
import cloudrl.policy.ThresholdPolicy;
import cloudrl.reward.SeedShapedReward;
import cloudrl.workload.BurstyWorkload;
import cloudrl.workload.DiurnalWorkload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bursty chain: an upper bound with the regime revealed, never passed off as a playable optimum (the belief plan is: BeliefPlanTest). */
class BurstyTrafficTest {

    private static CloudEnvironment environment(BurstyWorkload workload) {
        return new CloudEnvironment(EnvironmentConfig.defaults(), workload, SeedShapedReward.defaults());
    }

    @Test
    void withoutBurstsTheBoundIsTheOptimumOfSteadyNoisyTraffic() {
        // enterBurst 0: the chain starts calm and stays calm, so revealing the regime tells nothing and the
        // bound must equal the exact optimum of the same noise around a flat level (diurnal, amplitude 0)
        ScalingMdp bursty = ScalingMdp.of(environment(new BurstyWorkload(60, 120, 0, 0.25, 7.5)));
        ScalingMdp flat = ScalingMdp.of(new CloudEnvironment(EnvironmentConfig.defaults(),
                new DiurnalWorkload(60, 0, 100, 0, 7.5), SeedShapedReward.defaults()));
        assertEquals(OptimalPlanner.plan(flat).expectedReturn(), OptimalPlanner.plan(bursty).expectedReturn(), 1e-9);
    }

    @Test
    void theRegimeIsSplitAsTheChainMoves() {
        // from calm: burst with 0.05; from burst: calm with 0.25; at reset: burst with 0.05 / 0.30
        TrafficChain traffic = new BurstyWorkload(40, 80, 0.05, 0.25, 0).chain(100);
        assertEquals(0.95, probabilityOf(traffic.from(0), 40), 1e-15);
        assertEquals(0.05, probabilityOf(traffic.from(0), 80), 1e-15);
        assertEquals(0.25, probabilityOf(traffic.from(1), 40), 1e-15);
        assertEquals(1 / 6.0, probabilityOf(traffic.atReset(), 80), 1e-15);
    }

    private static double probabilityOf(TrafficOutcomes outcomes, int rate) {
        double total = 0;
        for (int o = 0; o < outcomes.size(); o++) {
            total += outcomes.rate(o) == rate ? outcomes.probability(o) : 0;
        }
        return total;
    }

    @Test
    void theRevealedPlanCannotBePlayedAndTheOracleSolvesTheBeliefInstead() {
        CloudEnvironment environment = environment(new BurstyWorkload(40, 80, 0.05, 0.25, 2.5));
        assertFalse(ScalingMdp.covers(environment));
        assertEquals(OracleCoverage.Kind.BELIEF, OracleCoverage.of(environment).kind());
        assertTrue(OracleCoverage.of(environment).playable());
        Plan bound = OptimalPlanner.plan(ScalingMdp.of(environment));
        assertEquals(TrafficChain.Coverage.UPPER_BOUND, bound.coverage());
        var observation = environment.reset().observation();
        assertThrows(IllegalStateException.class, () -> bound.policy().act(observation));
    }

    @ParameterizedTest
    @EnumSource(Task.class)
    void theHeuristicIsExactAndTheBoundIsAboveIt(Task task) {
        // the provider's defaults: burst at 2 x base, enter 0.05, leave 0.25, noise 0.5 x the task's spread
        CloudEnvironment environment = environment(new BurstyWorkload(task.baseRate(), 2 * task.baseRate(), 0.05,
                0.25, 0.5 * task.stdDev()));
        ScalingMdp mdp = ScalingMdp.of(environment);
        double bound = OptimalPlanner.plan(mdp).expectedReturn();
        double heuristic = new PolicyEvaluation(mdp).expectedReturn(ThresholdPolicy.defaults());
        MeanInterval simulated = new Evaluation().run(task.id(), "threshold", environment, ThresholdPolicy.defaults(),
                40_000, 20_261_124L).cumulativeReward();
        // two half-widths, as for diurnal: the heuristic's returns are heavy-tailed (DiurnalTrafficTest)
        double halfWidth = (simulated.high() - simulated.low()) / 2;
        assertEquals(simulated.mean(), heuristic, 2 * halfWidth, task.id() + " bursty threshold");
        assertTrue(bound >= heuristic, bound + " < " + heuristic);
        assertTrue(bound >= simulated.high(), bound + " below the simulated heuristic " + simulated);
    }
}
