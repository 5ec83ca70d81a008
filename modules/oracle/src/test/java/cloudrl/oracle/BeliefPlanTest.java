package cloudrl.oracle;

import cloudrl.api.Observation;
import cloudrl.api.TrafficChain;
import cloudrl.api.TrafficOutcomes;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.Task;
import cloudrl.reward.SeedShapedReward;
import cloudrl.workload.BurstyWorkload;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The belief over a hidden regime: Bayes' rule by hand, the grid's bracket, and brute force over every history. */
class BeliefPlanTest {

    private static ScalingMdp bursty(Task task, double noise) {
        BurstyWorkload workload = new BurstyWorkload(task.baseRate(), 2 * task.baseRate(), 0.05, 0.25,
                noise * task.stdDev());
        return ScalingMdp.of(new CloudEnvironment(EnvironmentConfig.defaults(), workload, SeedShapedReward.defaults()));
    }

    /** P(rate | level, σ) for the rounded normal: the mass of [rate - 1/2, rate + 1/2). */
    private static double rounded(NormalDistribution noise, double level, int rate) {
        return noise.cumulativeProbability(rate + 0.5 - level) - noise.cumulativeProbability(rate - 0.5 - level);
    }

    @Test
    void theUpdateIsBayesRuleOnTwoRoundedNormals() {
        // calm 40, burst 80, noise 10; enter 0.05, leave 0.25
        BeliefFilter filter = new BeliefFilter(new BurstyWorkload(40, 80, 0.05, 0.25, 10).chain(100));
        NormalDistribution noise = NormalDistribution.of(0, 10);
        // from b = 0.5 the next regime is burst with 0.5 · 0.75 + 0.5 · 0.05 = 0.4; rate 60 lies halfway
        // between the levels, equally likely under both, so it tells nothing: the posterior is 0.4
        assertEquals(0.4, filter.update(0.5, 60), 1e-12);
        // from b = 0.2: prior 0.2 · 0.75 + 0.8 · 0.05 = 0.19; rate 70 is 3 σ above calm, 1 σ below burst
        double prior = 0.19;
        double burst = rounded(noise, 80, 70);
        double calm = rounded(noise, 40, 70);
        assertEquals(prior * burst / (prior * burst + (1 - prior) * calm), filter.update(0.2, 70), 1e-12);
        assertEquals(prior * burst + (1 - prior) * calm, filter.probability(0.2, 70), 1e-15);
        // at reset the regime is stationary: burst with 0.05 / 0.30 = 1/6; rate 50
        double share = 1 / 6.0;
        double resetBurst = share * rounded(noise, 80, 50);
        double resetCalm = (1 - share) * rounded(noise, 40, 50);
        assertEquals(resetBurst / (resetBurst + resetCalm), filter.atReset(50), 1e-12);
    }

    @Test
    void theGridBracketsAndRoundsBeliefs() {
        BeliefGrid grid = new BeliefGrid(4);
        // (1 - cos(π i / 4)) / 2: 0, (1 - √2/2) / 2, 1/2, (1 + √2/2) / 2, 1
        double first = (1 - Math.sqrt(0.5)) / 2;
        assertEquals(5, grid.size());
        assertEquals(first, grid.point(1), 1e-15);
        assertEquals(0.5, grid.point(2), 1e-15);
        assertEquals(1.0, grid.point(4));
        assertEquals(1, grid.bracket(0.3));
        assertEquals((0.3 - first) / (0.5 - first), grid.weight(0.3, 1), 1e-15);
        assertEquals(2, grid.nearest(0.4));
        assertEquals(1, grid.nearest(0.2));
        assertEquals(3, grid.bracket(1.0));
        assertEquals(0, grid.nearest(1e-9));
    }

    @Test
    void theUpperBoundIsNeverBelowTheLowerAndDropsOnFinerGrids() {
        // noise 2 × the task's spread: the regimes overlap, so the belief is often neither 0 nor 1
        ScalingMdp mdp = bursty(Task.MEDIUM, 2);
        double previous = Double.POSITIVE_INFINITY;
        List<Double> errors = new ArrayList<>();
        for (int intervals : new int[] {2, 4, 8, 16}) {
            BeliefPlan plan = BeliefPlanner.plan(mdp, intervals);
            assertTrue(plan.upperBound() >= plan.lowerBound(), intervals + ": " + plan.upperBound() + " < "
                    + plan.lowerBound());
            // the grids are nested (each point of n intervals is one of 2n), so the interpolated values can only fall
            assertTrue(plan.gridUpperBound() <= previous + 1e-9, intervals + ": " + plan.gridUpperBound() + " > " + previous);
            previous = plan.gridUpperBound();
            errors.add(plan.errorBound());
        }
        assertTrue(errors.get(3) < errors.get(0) / 4, errors.toString());
        // the regime revealed is one more upper bound: the controller cannot beat it
        assertTrue(BeliefPlanner.plan(mdp, 16).lowerBound() <= OptimalPlanner.plan(mdp).expectedReturn());
    }

    /**
     * Two hidden states that stay with 0.9 and 0.8 and emit rates 30, 60, 90, 120 with overlapping chances;
     * only state 1 emits 120, which two servers cannot serve, so what to do depends on the belief.
     */
    private static final class Hidden implements TrafficChain {
        static final int[] RATES = {30, 60, 90, 120};
        static final double[][] EMIT = {{0.5, 0.35, 0.15, 0}, {0.05, 0.25, 0.3, 0.4}};
        static final double[][] MOVE = {{0.9, 0.1}, {0.2, 0.8}};
        static final double[] START = {0.7, 0.3};

        @Override
        public int stateCount() {
            return 2;
        }

        @Override
        public TrafficOutcomes atReset() {
            return outcomes(START);
        }

        @Override
        public TrafficOutcomes from(int state) {
            return outcomes(MOVE[state]);
        }

        private static TrafficOutcomes outcomes(double[] next) {
            int[] rates = new int[8];
            int[] states = new int[8];
            double[] probabilities = new double[8];
            for (int k = 0; k < 2; k++) {
                for (int r = 0; r < 4; r++) {
                    rates[4 * k + r] = RATES[r];
                    states[4 * k + r] = k;
                    probabilities[4 * k + r] = next[k] * EMIT[k][r];
                }
            }
            return new TrafficOutcomes(rates, states, probabilities, 0);
        }

        @Override
        public int stateOf(Observation observation, int step) {
            throw new IllegalStateException("hidden");
        }

        @Override
        public Coverage coverage() {
            return Coverage.UPPER_BOUND;
        }

        @Override
        public String name() {
            return "hidden";
        }
    }

    /**
     * The optimum over every policy that sees the rates, by brute force: the value of every history of
     * rates, maximised over the action after each, with each history's probability summed over every
     * sequence of hidden states that could have produced it (no filter involved).
     */
    private static double bruteForce(ScalingMdp mdp) {
        double total = 0;
        for (int r = 0; r < 4; r++) {
            int[] history = {r};
            double probability = historyProbability(history);
            total += probability * best(mdp, history, probability, 0);
        }
        return total;
    }

    // the best expected reward still to come after the decision that follows `history`, from fleet `fleet`
    private static double best(ScalingMdp mdp, int[] history, double probability, int fleet) {
        int step = history.length - 1;
        if (step == mdp.maxSteps()) {
            return 0;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int action = 0; action < mdp.actionCount(); action++) {
            int next = mdp.next(step, fleet, action);
            double value = 0;
            for (int r = 0; r < 4; r++) {
                int[] longer = java.util.Arrays.copyOf(history, history.length + 1);
                longer[history.length] = r;
                double joint = historyProbability(longer);
                if (joint == 0) {
                    continue;
                }
                int rate = Hidden.RATES[r];
                double rest = mdp.ends(next, rate) ? 0 : best(mdp, longer, joint, next);
                value += joint / probability * (mdp.reward(next, rate) + rest);
            }
            best = Math.max(best, value);
        }
        return best;
    }

    // P(r_0 .. r_t): the sum over all 2^(t+1) sequences of hidden states
    private static double historyProbability(int[] history) {
        double total = 0;
        for (int path = 0; path < 1 << history.length; path++) {
            int state = path & 1;
            double probability = Hidden.START[state] * Hidden.EMIT[state][history[0]];
            for (int t = 1; t < history.length; t++) {
                int next = (path >> t) & 1;
                probability *= Hidden.MOVE[state][next] * Hidden.EMIT[next][history[t]];
                state = next;
            }
            total += probability;
        }
        return total;
    }

    @Test
    void onThreeStepsTheBracketHoldsTheBruteForceOptimumAndClosesOnIt() {
        // 2 servers at first, 3 steps, the seed reward; two servers are unstable at rate 120
        EnvironmentConfig config = EnvironmentConfig.builder().initialServers(2).maxSteps(3).build();
        ScalingMdp mdp = new ScalingMdp(config, new Hidden(), SeedShapedReward.defaults());
        double optimum = bruteForce(mdp);
        // the case is one where the belief matters: told the state, one would do better
        assertTrue(optimum < OptimalPlanner.plan(mdp).expectedReturn() - 1e-3, "a case the regime does not change");
        double previousError = Double.POSITIVE_INFINITY;
        for (int intervals : new int[] {1, 4, 64, 512}) {
            BeliefPlan plan = BeliefPlanner.plan(mdp, intervals);
            assertTrue(plan.lowerBound() <= optimum + 1e-12, intervals + ": lower " + plan.lowerBound() + " > " + optimum);
            assertTrue(optimum <= plan.upperBound() + 1e-12, intervals + ": upper " + plan.upperBound() + " < " + optimum);
            assertTrue(plan.errorBound() <= previousError + 1e-12, intervals + ": " + plan.errorBound());
            previousError = plan.errorBound();
        }
        BeliefPlan fine = BeliefPlanner.plan(mdp, 512);
        assertEquals(optimum, fine.upperBound(), 1e-4 * optimum);
        assertEquals(optimum, fine.lowerBound(), 1e-4 * optimum);
    }
}
