package cloudrl.oracle;

import cloudrl.api.ActionScheme;
import cloudrl.api.FleetModel;
import cloudrl.api.ServerType;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.FleetDynamics;
import cloudrl.env.GaussianWorkload;
import cloudrl.env.fleet.StepsScheme;
import cloudrl.env.fleet.UnitScheme;
import cloudrl.reward.SeedShapedReward;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Orderings between the optima of fleet models that follow from what each lets a plan do, on random
 * small processes under the seed reward: {@code steps} with k = 1 is {@code unit}; more actions, no
 * cooldown and instant boot can only help.
 */
class FleetPlanProperties {

    private static final double ROUNDING = 1e-9;

    private static double optimum(EnvironmentConfig config, GaussianWorkload workload, ActionScheme scheme,
                                  int bootSteps, int cooldown) {
        ServerType server = new ServerType("standard", config.serverCapacity(), FleetDynamics.REFERENCE_SERVER_COST);
        FleetDynamics dynamics = new FleetDynamics(config, new FleetModel(List.of(server), bootSteps, cooldown,
                config.maxServers()), scheme, List.of(), List.of(), new int[] {config.initialServers()});
        return OptimalPlanner.plan(new ScalingMdp(dynamics, workload.chain(config.maxSteps()),
                SeedShapedReward.defaults())).expectedReturn();
    }

    private static EnvironmentConfig config(int initial, int steps, int cap) {
        return EnvironmentConfig.builder().initialServers(initial).maxSteps(steps)
                .maxServers(cap == 0 ? Integer.MAX_VALUE : Math.max(cap, initial)).build();
    }

    @Property(tries = 60)
    void theStepsSchemeWithOneStepIsTheUnitSchemeAndMoreStepsNeverHurt(
            @ForAll @IntRange(min = 1, max = 4) int initial, @ForAll @IntRange(min = 1, max = 12) int steps,
            @ForAll @IntRange(max = 8) int cap, @ForAll @DoubleRange(min = 5, max = 90) double base,
            @ForAll @DoubleRange(max = 15) double std, @ForAll @IntRange(min = 1, max = 3) int bootSteps) {
        EnvironmentConfig config = config(initial, steps, cap);
        GaussianWorkload workload = new GaussianWorkload(base, std);
        double unit = optimum(config, workload, new UnitScheme(), bootSteps, 0);
        // the same three actions in the same order: the same process
        assertEquals(unit, optimum(config, workload, new StepsScheme(1), bootSteps, 0), ROUNDING);
        // k = 2 offers every k = 1 action and more
        assertTrue(optimum(config, workload, new StepsScheme(2), bootSteps, 0) >= unit - ROUNDING);
    }

    @Property(tries = 60)
    void aCooldownOrABootDelayNeverRaisesTheOptimum(
            @ForAll @IntRange(min = 1, max = 4) int initial, @ForAll @IntRange(min = 1, max = 12) int steps,
            @ForAll @IntRange(max = 8) int cap, @ForAll @DoubleRange(min = 5, max = 90) double base,
            @ForAll @DoubleRange(max = 15) double std, @ForAll @IntRange(min = 1, max = 3) int cooldown,
            @ForAll @IntRange(min = 2, max = 4) int bootSteps) {
        EnvironmentConfig config = config(initial, steps, cap);
        GaussianWorkload workload = new GaussianWorkload(base, std);
        double free = optimum(config, workload, new UnitScheme(), 1, 0);
        // an ignored action is a keep, which the plan without a cooldown could choose too
        assertTrue(optimum(config, workload, new UnitScheme(), 1, cooldown) <= free + ROUNDING);
        // a delayed server serves later than an instant one added at that later step, and costs meanwhile; the
        // seed reward never pays for cost, and instability reads serving servers only
        assertTrue(optimum(config, workload, new UnitScheme(), bootSteps, 0) <= free + ROUNDING);
    }
}
