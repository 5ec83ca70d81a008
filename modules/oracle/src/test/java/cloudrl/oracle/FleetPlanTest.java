package cloudrl.oracle;

import cloudrl.api.Action;
import cloudrl.api.FleetModel;
import cloudrl.api.RewardFunction;
import cloudrl.api.ServerType;
import cloudrl.api.TrafficChain;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.FleetDynamics;
import cloudrl.env.FleetState;
import cloudrl.env.fleet.StepsScheme;
import cloudrl.env.fleet.UnitScheme;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The planner over fleet states (boot queue, several server types, multi-step actions) on processes
 * small enough to solve by hand; the working is in the comments.
 */
class FleetPlanTest {

    private static final double EXACT = 1e-12;

    private static final TrafficChain TWO_POINT = SmallProcess.TWO_POINT;
    private static final RewardFunction COVER = SmallProcess.COVER;

    private static FleetDynamics unit(int bootSteps, int maxSteps) {
        EnvironmentConfig config = EnvironmentConfig.builder().initialServers(1).maxSteps(maxSteps).build();
        ServerType server = new ServerType("standard", config.serverCapacity(), FleetDynamics.REFERENCE_SERVER_COST);
        return new FleetDynamics(config, new FleetModel(List.of(server), bootSteps, 0, config.maxServers()),
                new UnitScheme(), List.of(), List.of(), new int[] {1});
    }

    @Test
    void withABootDelayOfTwoTheServerIsOrderedAStepAheadAndPaidWhileItBoots() {
        // Two steps from 1 server, boot delay 2. Expected rewards (E over rate 1 or 2):
        //   keep at t=0: step 1 has 1 serving: rate 1 -> 0.9, rate 2 -> 0.4: E = 0.65; at t=1 keep again 0.65
        //     (adding then gives 1 serving + 1 booting: 0.8 / 0.3, E = 0.55; removing the last server is a no-op)
        //     -> 1.30
        //   add at t=0: step 1 has 1 serving + 1 booting: 0.8 / 0.3, E = 0.55; at step 2 the server serves
        //     whatever the action: keep -> 2 serving: 0.8 / 0.8 = 0.8 (add -> 2 + 1 booting: 0.7); -> 1.35
        //   remove at t=0 cannot remove the last server: as keep, 1.30
        // So the optimum is 1.35 and its first action is to add.
        FleetDynamics dynamics = unit(2, 2);
        Plan plan = OptimalPlanner.plan(new ScalingMdp(dynamics, TWO_POINT, COVER));
        assertEquals(1.35, plan.expectedReturn(), EXACT);
        FleetState start = dynamics.newState();
        dynamics.reset(start, 1);
        assertEquals(Action.INCREASE, plan.action(0, start, 0));
        // the state after adding: 1 serving, 1 booting with 1 step to go, then keep
        FleetState booting = start.copy();
        dynamics.step(booting, Action.INCREASE.index(), 1, new int[1]);
        assertEquals(1, booting.bootingServers());
        assertEquals(Action.MAINTAIN, plan.action(1, booting, 0));
        // the fleet states: 1 serving; 1 serving + 1 booting; 2 serving; 2 + 1 booting (after t=1)
        assertEquals(4, plan.mdp().fleetCount());
    }

    @Test
    void withoutTheDelayTheSameProcessPaysMoreAndOneStepNeverAdds() {
        // Boot delay 1 (the reference): add at t=0 serves at once: 2 serving 0.8 / 0.8, then keep 0.8: 1.6,
        // better than keeping 1 server (0.65 + 0.65) or adding later (0.65 + 0.8 = 1.45).
        assertEquals(1.6, OptimalPlanner.plan(new ScalingMdp(unit(1, 2), TWO_POINT, COVER)).expectedReturn(), EXACT);
        // With one step and delay 2 an added server never serves: keep, 0.65.
        Plan one = OptimalPlanner.plan(new ScalingMdp(unit(2, 1), TWO_POINT, COVER));
        assertEquals(0.65, one.expectedReturn(), EXACT);
        assertEquals(Action.MAINTAIN, one.action(0, 1, 0));
    }

    @Test
    void theStepsSchemeReachesTheBestCountInOneAction() {
        // From 1 server, k = 2 (5 actions: -2, -1, keep, +1, +2), delay 1, one step, rate 1 or 2.
        //   1 serving: 0.65; 2 serving: 0.8; 3 serving: 1 - 0.3 = 0.7 for both rates. Best: +1, 0.8.
        EnvironmentConfig config = EnvironmentConfig.builder().initialServers(1).maxSteps(1).build();
        ServerType server = new ServerType("standard", config.serverCapacity(), FleetDynamics.REFERENCE_SERVER_COST);
        FleetDynamics dynamics = new FleetDynamics(config, new FleetModel(List.of(server), 1, 0, config.maxServers()),
                new StepsScheme(2), List.of(), List.of(), new int[] {1});
        Plan plan = OptimalPlanner.plan(new ScalingMdp(dynamics, TWO_POINT, COVER));
        assertEquals(0.8, plan.expectedReturn(), EXACT);
        assertEquals(3, plan.action(0, 1, 0).index()); // index 3 of [-2, -1, keep, +1, +2] is +1
        // every count reachable in one action from 1: 1 (keep or remove), 2, 3
        assertEquals(3, plan.mdp().fleetCount());
    }
}
