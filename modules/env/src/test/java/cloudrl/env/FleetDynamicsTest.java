package cloudrl.env;

import cloudrl.api.FleetModel;
import cloudrl.api.ServerType;
import cloudrl.env.fleet.Budget;
import cloudrl.env.fleet.Features;
import cloudrl.env.fleet.LatencyObjective;
import cloudrl.env.fleet.Quota;
import cloudrl.env.fleet.StepsScheme;
import cloudrl.env.fleet.TargetScheme;
import cloudrl.env.fleet.UnitScheme;
import cloudrl.reward.SeedShapedReward;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The step rule by hand: boot queue, removals, quota, cooldown, types, constraints, cost. */
class FleetDynamicsTest {

    private static final ServerType STANDARD = new ServerType("standard", 30, 0.05);
    private static final int REMOVE = 0;
    private static final int KEEP = 1;
    private static final int ADD = 2;

    private static FleetDynamics unit(int bootSteps, int cooldown, int maxServers, List<cloudrl.api.Constraint> rules) {
        EnvironmentConfig config = EnvironmentConfig.builder().maxServers(maxServers).build();
        return new FleetDynamics(config, new FleetModel(List.of(STANDARD), bootSteps, cooldown, maxServers),
                new UnitScheme(), rules, List.of(), new int[] {3});
    }

    @Test
    void anAddedServerServesBootStepsMinusOneStepsAfterItsOrderAndIsPaidFromIt() {
        FleetDynamics dynamics = unit(3, 0, Integer.MAX_VALUE, List.of());
        FleetState state = dynamics.newState();
        int[] scratch = new int[1];
        dynamics.reset(state, 60);
        dynamics.step(state, ADD, 60, scratch);               // step 1: ordered, 2 to go
        assertEquals(3, state.activeServers());
        assertEquals(1, state.bootingServers());
        assertEquals(4 * 0.05, state.stepCost(), 1e-12, "booting servers are paid: 3 serving + 1 booting");
        // utilisation from serving servers only: 60 requests x 0.5 / (3 x 30) = 33.33 %
        assertEquals(60 * 0.5 / 90 * 100, state.cpu(), 1e-9);
        dynamics.step(state, KEEP, 60, scratch);              // step 2: 1 to go
        assertEquals(3, state.activeServers());
        dynamics.step(state, KEEP, 60, scratch);              // step 3 = 1 + 3 - 1: serving
        assertEquals(4, state.activeServers());
        assertEquals(0, state.bootingServers());
        assertEquals(3 * (4 * 0.05), state.costSoFar(), 1e-12, "4 servers paid in each of the 3 steps: 0.20 + 0.20 + 0.20");
    }

    @Test
    void theBuiltInRewardsDependOnTheRateAndTheFleetOnly() {
        // two histories that meet in the same fleet (4 serving, 1 booting) at the same rate, at
        // different steps, after different actions and costs so far, in a budget (so budget left differs)
        FleetDynamics dynamics = unit(3, 0, Integer.MAX_VALUE, List.of(new Budget(1000, Budget.Exhaustion.END)));
        int[] scratch = new int[1];
        FleetState early = dynamics.newState();
        dynamics.reset(early, 80);
        dynamics.step(early, ADD, 80, scratch);               // 3 serving, 1 booting (2 to go)
        dynamics.step(early, ADD, 80, scratch);               // 3 serving, 2 booting (1 and 2 to go)
        dynamics.step(early, KEEP, 80, scratch);              // step 3: the first serves; 4 + 1
        FleetState late = dynamics.newState();
        dynamics.reset(late, 80);
        for (int t = 0; t < 9; t++) {
            dynamics.step(late, KEEP, 55, scratch);
        }
        dynamics.step(late, ADD, 70, scratch);
        dynamics.step(late, KEEP, 70, scratch);
        dynamics.step(late, ADD, 80, scratch);                // step 12: 4 serving + 1 booting
        assertEquals(List.of(4, 1), List.of(early.activeServers(), early.bootingServers()));
        assertEquals(List.of(4, 1), List.of(late.activeServers(), late.bootingServers()));
        assertTrue(early.step() != late.step() && early.action() != late.action()
                && early.costSoFar() != late.costSoFar() && early.budgetLeft() != late.budgetLeft());
        for (cloudrl.api.RewardFunction reward : List.of(SeedShapedReward.defaults(), cloudrl.reward.SlaReward.defaults())) {
            assertTrue(reward.fleetDetermined(), reward.toString());
            assertEquals(reward.reward(early), reward.reward(late), 0.0, reward.toString());
        }
    }

    @Test
    void aRemovalTakesAServingServerNeverTheLastAndNeverABootingOne() {
        FleetDynamics dynamics = unit(2, 0, Integer.MAX_VALUE, List.of());
        FleetState state = dynamics.newState();
        int[] scratch = new int[1];
        dynamics.reset(state, 10);
        dynamics.step(state, ADD, 10, scratch);
        assertEquals(1, state.bootingServers());
        dynamics.step(state, REMOVE, 10, scratch);            // the booting one arrives, one serving goes
        assertEquals(3, state.activeServers());
        dynamics.step(state, REMOVE, 10, scratch);
        dynamics.step(state, REMOVE, 10, scratch);
        assertEquals(1, state.activeServers());
        dynamics.step(state, REMOVE, 10, scratch);
        assertEquals(1, state.activeServers(), "the last serving server stays");
    }

    @Test
    void theQuotaCountsServingAndBootingServers() {
        FleetDynamics dynamics = unit(3, 0, 4, List.of());
        FleetState state = dynamics.newState();
        int[] scratch = new int[1];
        dynamics.reset(state, 10);
        dynamics.step(state, ADD, 10, scratch);
        dynamics.step(state, ADD, 10, scratch);
        assertEquals(4, state.activeServers() + state.bootingServers(), "the second order is refused at the quota");
    }

    @Test
    void aCooldownIgnoresScaleActionsForItsSteps() {
        FleetDynamics dynamics = unit(1, 2, Integer.MAX_VALUE, List.of());
        FleetState state = dynamics.newState();
        int[] scratch = new int[1];
        dynamics.reset(state, 10);
        dynamics.step(state, ADD, 10, scratch);
        assertEquals(4, state.activeServers());
        assertEquals(2, state.cooldownLeft());
        dynamics.step(state, ADD, 10, scratch);
        dynamics.step(state, ADD, 10, scratch);
        assertEquals(4, state.activeServers(), "two ignored");
        dynamics.step(state, ADD, 10, scratch);
        assertEquals(5, state.activeServers());
    }

    @Test
    void stepsAndTargetSchemesOrderWhatTheirLabelsSay() {
        FleetModel fleet = new FleetModel(List.of(STANDARD), 1, 0, 8);
        StepsScheme steps = new StepsScheme(3);
        assertEquals(List.of("remove 3", "remove 2", "remove 1", "keep", "add 1", "add 2", "add 3"), steps.labels(fleet));
        FleetDynamics dynamics = new FleetDynamics(EnvironmentConfig.builder().maxServers(8).build(), fleet, steps,
                List.of(), List.of(), new int[] {3});
        FleetState state = dynamics.newState();
        int[] scratch = new int[1];
        dynamics.reset(state, 10);
        dynamics.step(state, 6, 10, scratch);
        assertEquals(6, state.activeServers());
        dynamics.step(state, 6, 10, scratch);
        assertEquals(8, state.activeServers(), "capped at the quota");
        dynamics.step(state, 0, 10, scratch);
        assertEquals(5, state.activeServers());
        assertEquals(3 * 1 + 1, steps.toward(fleet, 5, 0, 6), "one more: add 1");

        TargetScheme target = new TargetScheme();
        assertEquals(8, target.labels(fleet).size());
        FleetDynamics direct = new FleetDynamics(EnvironmentConfig.builder().maxServers(8).build(), fleet, target,
                List.of(), List.of(), new int[] {3});
        FleetState chosen = direct.newState();
        direct.reset(chosen, 10);
        direct.step(chosen, 6, 10, scratch);
        assertEquals(7, chosen.activeServers(), "action 6 asks for 7 servers");
        direct.step(chosen, 0, 10, scratch);
        assertEquals(1, chosen.activeServers());
        assertThrows(IllegalArgumentException.class, () -> direct.requireAction(8));
    }

    @Test
    void serverTypesAddTheirCapacityAndCost() {
        ServerType small = new ServerType("small", 30, 0.05);
        ServerType large = new ServerType("large", 90, 0.12);
        FleetModel fleet = new FleetModel(List.of(small, large), 1, 0, 10);
        FleetDynamics dynamics = new FleetDynamics(EnvironmentConfig.builder().maxServers(10).build(), fleet,
                new UnitScheme(), List.of(), Features.perType(fleet), new int[] {2, 0});
        assertEquals(List.of("remove 1 large", "remove 1 small", "keep", "add 1 small", "add 1 large"),
                dynamics.actionSpace().labels());
        FleetState state = dynamics.newState();
        int[] scratch = new int[2];
        dynamics.reset(state, 90);
        dynamics.step(state, 4, 90, scratch);                 // add a large one
        assertEquals(2, state.activeServers(0));
        assertEquals(1, state.activeServers(1));
        assertEquals(2 * 30 + 90, state.activeCapacity(), 1e-12);
        assertEquals(90 * 0.5 / 150 * 100, state.cpu(), 1e-9, "45 units of demand on 150 of capacity");
        assertEquals(2 * 0.05 + 0.12, state.stepCost(), 1e-12);
        assertEquals(90 * 30 / 150.0, state.latency(), 1e-12, "requests per small-server-equivalent of capacity");
        float[] observation = new float[dynamics.observationSize()];
        dynamics.observe(state, observation, 0);
        assertEquals(3, observation[3]);
        assertEquals(2, observation[4]);
        assertEquals(1, observation[5]);
        // the seed reward's cost term is the fleet's cost: 0.22
        SeedShapedReward reward = SeedShapedReward.defaults();
        assertEquals(-(2 * 0.05 + 0.12), reward.explain(state).components().get("cost"), 1e-12);
    }

    @Test
    void aBudgetThatRefusesNeverOverspendsAndOneThatEndsEndsTheEpisode() {
        // 3 servers for 10 steps cost 1.5; a budget of 1.7 pays one extra server for 4 steps at most
        EnvironmentConfig config = EnvironmentConfig.builder().maxSteps(10).build();
        FleetDynamics refuse = new FleetDynamics(config, FleetModel.single(STANDARD), new UnitScheme(),
                List.of(new Budget(1.7, Budget.Exhaustion.REFUSE)), List.of(), new int[] {3});
        FleetState state = refuse.newState();
        int[] scratch = new int[1];
        refuse.reset(state, 10);
        refuse.step(state, ADD, 10, scratch);
        // step 1 with 4 servers: 0.20 + 0.20 x 9 = 2.0 > 1.7: refused
        assertEquals(3, state.activeServers());
        for (int t = 2; t <= 10; t++) {
            refuse.step(state, ADD, 10, scratch);
            assertTrue(state.costSoFar() <= 1.7 + 1e-12, "never overspent: " + state.costSoFar());
        }
        assertTrue(state.activeServers() == 4, "an addition goes ahead once the rest of the episode can pay it");

        FleetDynamics end = new FleetDynamics(config, FleetModel.single(STANDARD), new UnitScheme(),
                List.of(new Budget(0.5, Budget.Exhaustion.END)), List.of(), new int[] {3});
        FleetState spent = end.newState();
        end.reset(spent, 10);
        end.step(spent, KEEP, 10, scratch);
        end.step(spent, KEEP, 10, scratch);
        end.step(spent, KEEP, 10, scratch);
        assertFalse(end.terminates(spent), "0.45 spent of 0.5");
        end.step(spent, KEEP, 10, scratch);
        assertTrue(end.terminates(spent), "0.60 spent of 0.5: the episode ends");
    }

    @Test
    void aLatencyObjectiveCountsItsViolations() {
        FleetDynamics dynamics = unit(1, 0, Integer.MAX_VALUE, List.of(new LatencyObjective(20)));
        FleetState state = dynamics.newState();
        int[] scratch = new int[1];
        dynamics.reset(state, 10);
        dynamics.step(state, KEEP, 61, scratch);              // 61 / 3 = 20.3 > 20
        dynamics.step(state, KEEP, 60, scratch);              // 20, not above
        dynamics.step(state, KEEP, 90, scratch);
        assertEquals(2, state.violations());
        assertTrue(state.violated());
    }

    @Test
    void partsThatDoNotFitAreRefusedInOneLine() {
        EnvironmentConfig config = EnvironmentConfig.builder().initialServers(2).maxServers(2).build();
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class, () -> new FleetDynamics(
                config, new FleetModel(List.of(STANDARD), 1, 0, 2),
                new UnitScheme(), List.of(), List.of(), new int[] {3}));
        assertTrue(tooMany.getMessage().contains("initialServers 3 is not allowed"), tooMany.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FleetModel(List.of(STANDARD), 0, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> new ServerType("cheap", 30, -1));
        assertThrows(IllegalArgumentException.class, () -> new Quota(0));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> unit(1, 0, Integer.MAX_VALUE, List.of()).requireAction(3));
        assertEquals("action 3 is not valid: allowed are 0 (remove 1), 1 (keep), 2 (add 1)", bad.getMessage());
    }

    @Test
    void theReferenceDynamicsIsTheUnitRule() {
        FleetDynamics reference = FleetDynamics.reference(EnvironmentConfig.builder().maxServers(5).build());
        assertTrue(reference.reference());
        FleetState state = reference.newState();
        int[] scratch = new int[1];
        for (int servers = 1; servers <= 5; servers++) {
            for (int action = 0; action < 3; action++) {
                reference.reset(state, 10);
                state.active[0] = servers;
                state.serving = servers;
                reference.step(state, action, 10, scratch);
                assertEquals(reference.referenceServers(servers, action), state.activeServers(),
                        servers + " servers, action " + action);
            }
        }
    }

    @Test
    void theRunningTotalsAndTheStepCostMatchTheCountsPerTypeAndPerSlot() {
        ServerType large = new ServerType("large", 90, 0.12);
        FleetDynamics dynamics = new FleetDynamics(EnvironmentConfig.builder().maxServers(8).build(),
                new FleetModel(List.of(STANDARD, large), 3, 1, 8), new UnitScheme(), List.of(), List.of(),
                new int[] {2, 1});
        FleetState state = dynamics.newState();
        int[] scratch = new int[2];
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        dynamics.reset(state, 50);
        for (int step = 0; step < 400; step++) {
            dynamics.step(state, random.nextInt(dynamics.actionSpace().n()), 50, scratch);
            FleetState copy = state.copy();
            int serving = 0;
            int booting = 0;
            double cost = 0;
            for (int type = 0; type < 2; type++) {
                int bootingOfType = 0;
                for (int remaining = 1; remaining <= 3; remaining++) {
                    bootingOfType += state.bootingServers(type, remaining);
                }
                assertEquals(bootingOfType, state.bootingServers(type));
                serving += state.activeServers(type);
                booting += bootingOfType;
                cost += (state.activeServers(type) + bootingOfType) * (type == 0 ? 0.05 : 0.12);
            }
            assertEquals(serving, state.activeServers(), "serving after step " + step);
            assertEquals(booting, state.bootingServers(), "booting after step " + step);
            assertEquals(cost, state.stepCost(), 1e-12, "cost after step " + step);
            assertEquals(serving, copy.activeServers());
            assertEquals(booting, copy.bootingServers());
        }
    }
}
