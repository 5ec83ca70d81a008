package cloudrl.oracle;

import cloudrl.env.CloudEnvironment;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.Task;
import cloudrl.evaluation.Evaluation;
import cloudrl.evaluation.EvaluationSummary;
import cloudrl.evaluation.MeanInterval;
import cloudrl.policy.ThresholdPolicy;
import cloudrl.reward.SeedShapedReward;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exact figures against the simulator itself: the plan's expected return must lie in the 95 %
 * interval of its own policy's mean return over many simulated episodes, and so must the exact
 * value of the threshold heuristic. One seed, fixed in advance; a 95 % interval misses one time in
 * twenty by design, so a failure here is either a bug or that twentieth case and must be looked at,
 * not re-seeded away.
 */
class PlanAgainstSimulationTest {

    private static final int EPISODES = 2_000;
    private static final long SEED = 20_240_601L;

    private static ScalingMdp mdp(Task task) {
        return ScalingMdp.gaussian(EnvironmentConfig.defaults(), task.workload(), SeedShapedReward.defaults());
    }

    private static EvaluationSummary simulate(Task task, cloudrl.api.Policy policy, String id) {
        return new Evaluation().run(task.id(), id, CloudEnvironment.of(task), policy, EPISODES, SEED);
    }

    private static void assertInside(double exact, MeanInterval simulated, String what) {
        assertTrue(simulated.low() <= exact && exact <= simulated.high(),
                () -> what + ": exact " + exact + " outside the simulated 95 % interval [" + simulated.low() + ", "
                        + simulated.high() + "] around " + simulated.mean());
    }

    @ParameterizedTest
    @EnumSource(Task.class)
    void theOptimalPolicysSimulatedReturnAgreesWithThePlannedOne(Task task) {
        Plan plan = OptimalPlanner.plan(mdp(task));
        EvaluationSummary summary = simulate(task, plan.policy(), "oracle");
        assertInside(plan.expectedReturn(), summary.cumulativeReward(), task.id() + " oracle");
    }

    @ParameterizedTest
    @EnumSource(Task.class)
    void theHeuristicsExactValueAgreesWithItsSimulatedReturn(Task task) {
        double exact = new PolicyEvaluation(mdp(task)).expectedReturn(ThresholdPolicy.defaults());
        EvaluationSummary summary = simulate(task, ThresholdPolicy.defaults(), "threshold");
        assertInside(exact, summary.cumulativeReward(), task.id() + " threshold");
    }

    @ParameterizedTest
    @EnumSource(Task.class)
    void theOptimalPolicyBeatsTheHeuristicOnTheSameEpisodes(Task task) {
        ScalingMdp mdp = mdp(task);
        Plan plan = OptimalPlanner.plan(mdp);
        double heuristic = new PolicyEvaluation(mdp).expectedReturn(ThresholdPolicy.defaults());
        assertTrue(plan.expectedReturn() >= heuristic, () -> plan.expectedReturn() + " < " + heuristic);
        double optimalMean = simulate(task, plan.policy(), "oracle").cumulativeReward().mean();
        double heuristicMean = simulate(task, ThresholdPolicy.defaults(), "threshold").cumulativeReward().mean();
        assertTrue(optimalMean >= heuristicMean, () -> task.id() + ": oracle " + optimalMean + " < threshold "
                + heuristicMean);
    }
}
