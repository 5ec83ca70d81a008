package cloudrl.oracle;

import cloudrl.api.Action;
import cloudrl.api.Constraint;
import cloudrl.api.FleetModel;
import cloudrl.api.Observation;
import cloudrl.api.Policy;
import cloudrl.api.ServerType;
import cloudrl.api.TrafficChain;
import cloudrl.api.TrafficOutcomes;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.FleetDynamics;
import cloudrl.env.FleetLayers;
import cloudrl.env.FleetState;
import cloudrl.env.fleet.Budget;
import cloudrl.env.fleet.Features;
import cloudrl.env.fleet.UnitScheme;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cloudrl.oracle.SmallProcess.COVER;
import static cloudrl.oracle.SmallProcess.TWO_POINT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The planner under a budget, where the cost spent so far is part of the state: tiny processes by
 * hand (the working is in the comments), and random ones against a brute force over every action
 * sequence and every rate sequence, which steps the same {@link FleetDynamics} but merges no states.
 * Rates 1 or 2 with probability 1/2; the reward pays 0.5, 0.5 more when the serving servers cover the
 * rate, and takes 0.1 per server held ({@link SmallProcess#COVER}); a server costs 0.05 a step.
 */
class BudgetPlanTest {

    private static final double EXACT = 1e-12;

    private static FleetDynamics dynamics(int initial, int steps, int bootSteps, int cap, List<Constraint> budget) {
        EnvironmentConfig config = EnvironmentConfig.builder().initialServers(initial).maxSteps(steps)
                .maxServers(cap).build();
        ServerType server = new ServerType("standard", config.serverCapacity(), FleetDynamics.REFERENCE_SERVER_COST);
        return new FleetDynamics(config, new FleetModel(List.of(server), bootSteps, 0, cap), new UnitScheme(), budget,
                List.of(), new int[] {initial});
    }

    private static double optimum(FleetDynamics dynamics) {
        return OptimalPlanner.plan(new ScalingMdp(dynamics, TWO_POINT, COVER)).expectedReturn();
    }

    @Test
    void aBudgetThatEndsTheEpisodeIsSpentToTheLastUnitAndOverspentOnlyOnTheLastStep() {
        // Four steps from 1 server, budget 0.2 = 4 server-steps. Per step, 1 server earns
        // E = (0.9 + 0.4) / 2 = 0.65, 2 servers 0.8 (3 servers 0.7: never better). Without a budget, 2 servers
        // throughout: 3.2. With it, the episode ends on the step whose spend passes 4 server-steps, after that
        // step's reward: so the last step may overspend at no loss, and the first three may hold 4 server-steps,
        // one of them with 2 servers: 0.8 + 0.65 + 0.65 + 0.8 = 2.9 (a spend of exactly 0.2 after step 3 is
        // within the budget; counting it as overspent would end that episode at step 3, 2.25).
        assertEquals(3.2, optimum(dynamics(1, 4, 1, Integer.MAX_VALUE, List.of())), EXACT);
        assertEquals(2.9, optimum(dynamics(1, 4, 1, Integer.MAX_VALUE,
                List.of(new Budget(0.2, Budget.Exhaustion.END)))), EXACT);
    }

    @Test
    void aBudgetThatRefusesAdditionsAllowsOneExactlyAtItsBoundary() {
        // The same process under refuse: adding after t steps needs spent + 0.1 x (4 - t) <= total. With 1
        // server throughout, spent = 0.05 t: t = 0, 1, 2, 3 need 0.4, 0.35, 0.3, 0.25.
        //   total 0.2: never: 4 x 0.65 = 2.6.
        //   total 0.25: only at t = 3, where spent + 0.1 is exactly the total: 3 x 0.65 + 0.8 = 2.75.
        assertEquals(2.6, optimum(dynamics(1, 4, 1, Integer.MAX_VALUE,
                List.of(new Budget(0.2, Budget.Exhaustion.REFUSE)))), EXACT);
        assertEquals(2.75, optimum(dynamics(1, 4, 1, Integer.MAX_VALUE,
                List.of(new Budget(0.25, Budget.Exhaustion.REFUSE)))), EXACT);
    }

    @Test
    void underRefuseTheSameFleetAndSpendMayAddLateButNotEarly() {
        // Four steps from 2 servers, refuse, budget 0.3; rates 1, 1, 1, then 2 (1 server earns 0.9 at rate 1 and
        // 0.4 at rate 2, 2 servers 0.8 at both). 1 server with 3 units spent (0.15) is reached after 2 steps
        // (keep, remove: 2 + 1 units) and after 3 (remove, keep, keep: 1 + 1 + 1). Adding there needs
        // 0.15 + 0.1 x steps left <= 0.3: refused after 2 steps (0.35), allowed after 3 (0.25). So
        // remove, keep, keep, add earns 0.9 + 0.9 + 0.9 + 0.8 = 3.5. A plan that moved the state alike at both
        // steps would refuse that last addition (0.9 x 3 + 0.4 = 3.1) and take remove, keep, add, keep instead
        // (0.1 + 0.1 x 2 = 0.3 allowed after 2 steps at 1 unit a step): 0.9 + 0.9 + 0.8 + 0.8 = 3.4. Holding 2: 3.2.
        FleetDynamics dynamics = dynamics(2, 4, 1, Integer.MAX_VALUE, List.of(new Budget(0.3, Budget.Exhaustion.REFUSE)));
        Plan plan = OptimalPlanner.plan(new ScalingMdp(dynamics, SmallProcess.byStep(1, 1, 1, 2), COVER));
        assertEquals(3.5, plan.expectedReturn(), EXACT);
    }

    @Test
    void theSpentCostMultipliesTheFleetStates() {
        // two steps from 1 server, budget 0.2 (end): after step 1, (1 server, 1 unit) or (2, 2); after step 2,
        // (1, 2), (2, 3), (1, 3), (2, 4), (3, 5): 8 states with the reset one, where the count alone has 3 (1 to 3)
        ScalingMdp mdp = new ScalingMdp(dynamics(1, 2, 1, Integer.MAX_VALUE,
                List.of(new Budget(0.2, Budget.Exhaustion.END))), TWO_POINT, COVER);
        assertEquals(8, mdp.fleetCount());
        assertEquals(3, new ScalingMdp(dynamics(1, 2, 1, Integer.MAX_VALUE, List.of()), TWO_POINT, COVER).fleetCount());
    }

    @Property(tries = 100)
    void thePlanEqualsABruteForceOverEveryActionAndRateSequence(
            @ForAll @IntRange(min = 1, max = 2) int initial, @ForAll @IntRange(min = 1, max = 5) int steps,
            @ForAll @IntRange(min = 1, max = 2) int bootSteps, @ForAll @IntRange(min = 0, max = 3) int cap,
            @ForAll @IntRange(min = 0, max = 30) int halfUnits, @ForAll boolean refuse,
            @ForAll @Size(5) List<@IntRange(min = 1, max = 3) Integer> rates, @ForAll boolean random) {
        // budgets from 0.05 to 0.85 in halves of a server-step: whole numbers of units and the ones between;
        // the traffic is rate 1 or 2 at random, or a fixed rate per step (a reason to add late)
        int quota = cap == 0 ? Integer.MAX_VALUE : Math.max(cap, initial);
        double total = (halfUnits + 2 * initial) * 0.025; // always pays the initial fleet's first step
        Budget budget = new Budget(total, refuse ? Budget.Exhaustion.REFUSE : Budget.Exhaustion.END);
        FleetDynamics dynamics = dynamics(initial, steps, bootSteps, quota, List.of(budget));
        TrafficChain traffic = random ? TWO_POINT
                : SmallProcess.byStep(rates.stream().mapToInt(Integer::intValue).toArray());
        assertTrue(FleetLayers.refusal(dynamics) == null, () -> FleetLayers.refusal(dynamics));
        double planned = OptimalPlanner.plan(new ScalingMdp(dynamics, traffic, COVER)).expectedReturn();
        assertEquals(bruteForce(dynamics, traffic), planned, EXACT, () -> budget + ", " + steps + " steps");
    }

    @Property(tries = 60)
    void aPolicyThatReadsTheBudgetLeftIsEvaluatedExactly(
            @ForAll @IntRange(min = 1, max = 2) int initial, @ForAll @IntRange(min = 1, max = 5) int steps,
            @ForAll @IntRange(min = 0, max = 30) int halfUnits, @ForAll boolean refuse,
            @ForAll @IntRange(min = 0, max = 12) int reserveHalfUnits) {
        // adds while more than a reserve is left, else removes: what it sees is the spend, which the state holds
        double total = (halfUnits + 2 * initial) * 0.025;
        double reserve = reserveHalfUnits * 0.025;
        EnvironmentConfig config = EnvironmentConfig.builder().initialServers(initial).maxSteps(steps).build();
        ServerType server = new ServerType("standard", config.serverCapacity(), FleetDynamics.REFERENCE_SERVER_COST);
        FleetDynamics dynamics = new FleetDynamics(config, FleetModel.single(server), new UnitScheme(),
                List.of(new Budget(total, refuse ? Budget.Exhaustion.REFUSE : Budget.Exhaustion.END)),
                List.of(Features.costSoFar(), Features.budgetLeft()), new int[] {initial});
        Policy spender = new Policy() {
            @Override
            public Action act(Observation observation) {
                return observation.feature("budgetLeft") > reserve ? Action.INCREASE : Action.DECREASE;
            }
        };
        assertTrue(PolicyEvaluation.covers(dynamics));
        double exact = new PolicyEvaluation(new ScalingMdp(dynamics, TWO_POINT, COVER)).expectedReturn(spender);
        TrafficOutcomes reset = TWO_POINT.atReset();
        double played = 0;
        for (int o = 0; o < reset.size(); o++) {
            FleetState start = dynamics.newState();
            dynamics.reset(start, reset.rate(o));
            played += reset.probability(o) * following(dynamics, spender, start);
        }
        assertEquals(played, exact, EXACT);
    }

    /** The expected return of {@code policy} from {@code state}, over every history of rates. */
    private static double following(FleetDynamics dynamics, Policy policy, FleetState state) {
        if (state.step() == dynamics.config().maxSteps()) {
            return 0;
        }
        int action = policy.act(dynamics.observation(state)).index();
        TrafficOutcomes draw = TWO_POINT.from(0);
        double sum = 0;
        for (int o = 0; o < draw.size(); o++) {
            FleetState next = state.copy();
            dynamics.step(next, action, draw.rate(o), new int[1]);
            double value = dynamics.reward(next, COVER);
            if (!dynamics.terminates(next)) {
                value += following(dynamics, policy, next);
            }
            sum += draw.probability(o) * value;
        }
        return sum;
    }

    /** The best expected return by trying every action after every history of rates: no state is shared. */
    private static double bruteForce(FleetDynamics dynamics, TrafficChain traffic) {
        TrafficOutcomes reset = traffic.atReset();
        double sum = 0;
        for (int o = 0; o < reset.size(); o++) {
            FleetState start = dynamics.newState();
            dynamics.reset(start, reset.rate(o));
            sum += reset.probability(o) * best(dynamics, traffic, start, reset.nextState(o));
        }
        return sum;
    }

    private static double best(FleetDynamics dynamics, TrafficChain traffic, FleetState state, int workload) {
        if (state.step() == dynamics.config().maxSteps()) {
            return 0;
        }
        TrafficOutcomes draw = traffic.from(workload);
        double best = Double.NEGATIVE_INFINITY;
        for (int action = 0; action < dynamics.actionSpace().n(); action++) {
            double sum = 0;
            for (int o = 0; o < draw.size(); o++) {
                FleetState next = state.copy();
                dynamics.step(next, action, draw.rate(o), new int[1]);
                double value = dynamics.reward(next, COVER);
                if (!dynamics.terminates(next)) {
                    value += best(dynamics, traffic, next, draw.nextState(o));
                }
                sum += draw.probability(o) * value;
            }
            best = Math.max(best, sum);
        }
        return best;
    }
}
