package cloudrl.oracle;

import cloudrl.env.CloudEnvironment;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.Task;
import cloudrl.evaluation.Evaluation;
import cloudrl.reward.SeedShapedReward;
import cloudrl.workload.BurstyWorkload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The grid controller played on the real {@code bursty} workload: its mean return over seeded episodes
 * must lie within three standard errors of the exact figure computed for it (the plan's lower bound).
 * Three, as for the other plans (OracleScenariosTest): the returns are heavy-tailed, and for a normal
 * mean three standard errors miss one time in 370. One seed, fixed in advance.
 */
class BeliefPlanAgainstSimulationTest {

    private static final int EPISODES = 3_000;
    private static final long SEED = 20_261_201L;

    @ParameterizedTest
    @CsvSource({"EASY, 0.5", "MEDIUM, 0.5", "HARD, 0.5", "MEDIUM, 2", "HARD, 2"})
    void theControllersSimulatedMeanAgreesWithItsExactReturn(Task task, double noise) {
        // the provider's defaults (burst at 2 x base, enter 0.05, leave 0.25), noise as a multiple of the task's
        // spread: 0.5 is the default, 2 makes the regimes overlap so the belief is often neither 0 nor 1
        CloudEnvironment environment = new CloudEnvironment(EnvironmentConfig.defaults(), new BurstyWorkload(
                task.baseRate(), 2 * task.baseRate(), 0.05, 0.25, noise * task.stdDev()), SeedShapedReward.defaults());
        BeliefPlan plan = BeliefPlanner.plan(ScalingMdp.of(environment));
        double[] returns = new Evaluation().play(environment, plan.policy(), Evaluation.episodeSeeds(SEED, EPISODES),
                done -> { }).cumulativeRewards();
        double mean = 0;
        for (double value : returns) {
            mean += value / returns.length;
        }
        double squares = 0;
        for (double value : returns) {
            squares += (value - mean) * (value - mean);
        }
        double standardError = Math.sqrt(squares / (returns.length - 1) / returns.length);
        double exact = plan.lowerBound();
        String what = task + " noise " + noise + ": exact " + exact + ", simulated " + mean + " ± " + standardError;
        assertTrue(Math.abs(mean - exact) <= 3 * standardError, what);
        assertTrue(plan.errorBound() < BeliefPlanner.TARGET_ERROR, what + ", error bound " + plan.errorBound());
    }
}
