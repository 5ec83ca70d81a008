package cloudrl.oracle;

import cloudrl.api.Action;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.GaussianWorkload;
import cloudrl.policy.ThresholdPolicy;
import cloudrl.reward.SeedShapedReward;
import cloudrl.reward.TargetBand;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What must hold for any small process: the optimum is a return some policy achieves, no
 * deterministic policy does better, rewards in [0, 1] bound it by the horizon, and more time or a
 * looser server cap can only help (the old policy is still available). Rewards vary through the
 * seed reward's weights and bands, traffic through base and spread.
 */
class PlanProperties {

    private static final double ROUNDING = 1e-9;

    /** A small process and the knobs it was built from, so a failure shows them. */
    record Case(EnvironmentConfig config, GaussianWorkload workload, SeedShapedReward reward) {
        ScalingMdp mdp() {
            return new ScalingMdp(config, workload.chain(config.maxSteps()), reward);
        }

        Case with(EnvironmentConfig other) {
            return new Case(other, workload, reward);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<EnvironmentConfig> configs = Combinators.combine(
                Arbitraries.integers().between(1, 5),            // initial servers
                Arbitraries.integers().between(0, 4),            // head room above them, or unbounded
                Arbitraries.integers().between(1, 10),           // steps
                Arbitraries.doubles().between(50, 100),          // termination threshold
                Arbitraries.doubles().between(0.1, 1.0)          // cpu per request
        ).as((initial, room, steps, threshold, cpu) -> EnvironmentConfig.builder().initialServers(initial)
                .maxServers(room == 4 ? Integer.MAX_VALUE : initial + room).maxSteps(steps)
                .terminationThreshold(threshold).cpuPerRequest(cpu).build());
        Arbitrary<GaussianWorkload> workloads = Combinators.combine(
                Arbitraries.doubles().between(0, 120),
                Arbitraries.of(0.0, 0.5, 3.0, 10.0, 25.0)
        ).as(GaussianWorkload::new);
        Arbitrary<SeedShapedReward> rewards = Combinators.combine(
                Arbitraries.doubles().between(0, 60),
                Arbitraries.doubles().between(5, 40),
                Arbitraries.doubles().between(0, 0.3),
                Arbitraries.doubles().between(0, 0.3)
        ).as((low, width, cost, penalty) -> {
            TargetBand band = new TargetBand(low, Math.min(100, low + width));
            return new SeedShapedReward(band, band, cost, penalty);
        });
        return Combinators.combine(configs, workloads, rewards).as(Case::new);
    }

    @Property(tries = 200)
    void theOptimumIsTheExactValueOfItsOwnPolicy(@ForAll("cases") Case process) {
        ScalingMdp mdp = process.mdp();
        Plan plan = OptimalPlanner.plan(mdp);
        assertEquals(plan.expectedReturn(), new PolicyEvaluation(mdp).expectedReturn(plan.decisionRule()), ROUNDING);
    }

    @Property(tries = 200)
    void noConstantPolicyAndNotTheHeuristicBeatTheOptimum(@ForAll("cases") Case process) {
        ScalingMdp mdp = process.mdp();
        double optimum = OptimalPlanner.plan(mdp).expectedReturn();
        PolicyEvaluation evaluation = new PolicyEvaluation(mdp);
        for (Action always : new Action[] {Action.DECREASE, Action.MAINTAIN, Action.INCREASE}) {
            double constant = evaluation.expectedReturn(observation -> always);
            assertTrue(constant <= optimum + ROUNDING, () -> "always " + always + ": " + constant + " > " + optimum);
        }
        double heuristic = evaluation.expectedReturn(ThresholdPolicy.defaults());
        assertTrue(heuristic <= optimum + ROUNDING, () -> "threshold " + heuristic + " > " + optimum);
    }

    @Property(tries = 200)
    void everyValueLiesBetweenZeroAndTheStepsLeft(@ForAll("cases") Case process) {
        ScalingMdp mdp = process.mdp();
        Plan plan = OptimalPlanner.plan(mdp);
        assertTrue(plan.expectedReturn() >= 0 && plan.expectedReturn() <= mdp.maxSteps() + ROUNDING);
        for (int step = 0; step < mdp.maxSteps(); step++) {
            for (int servers = mdp.lowestServers(step); servers <= mdp.highestServers(step); servers++) {
                double value = plan.value(step, servers, 0);
                int left = mdp.maxSteps() - step;
                assertTrue(value >= 0 && value <= left + ROUNDING, value + " after " + step + " steps");
            }
        }
    }

    @Property(tries = 200)
    void oneMoreStepNeverLowersTheOptimum(@ForAll("cases") Case process) {
        EnvironmentConfig config = process.config();
        double shorter = OptimalPlanner.plan(process.mdp()).expectedReturn();
        EnvironmentConfig longer = config.toBuilder().maxSteps(config.maxSteps() + 1).build();
        double longerValue = OptimalPlanner.plan(process.with(longer).mdp()).expectedReturn();
        assertTrue(longerValue >= shorter - ROUNDING, () -> longerValue + " < " + shorter);
    }

    @Property(tries = 200)
    void aLooserServerCapNeverLowersTheOptimum(@ForAll("cases") Case process) {
        EnvironmentConfig config = process.config();
        if (!config.serversBounded()) {
            return;
        }
        double capped = OptimalPlanner.plan(process.mdp()).expectedReturn();
        EnvironmentConfig looser = config.toBuilder().maxServers(config.maxServers() + 1).build();
        double looserValue = OptimalPlanner.plan(process.with(looser).mdp()).expectedReturn();
        assertTrue(looserValue >= capped - ROUNDING, () -> looserValue + " < " + capped);
    }
}
