package cloudrl.oracle;

import cloudrl.api.Action;
import cloudrl.api.Policy;
import cloudrl.api.TrafficOutcomes;
import cloudrl.env.FleetDynamics;
import cloudrl.env.fleet.Features;

import java.util.Objects;

/**
 * The exact expected return of a deterministic policy on a {@link ScalingMdp}, by the same backward
 * induction as the planner with the policy's action in place of the maximum. The policy sees what it
 * would see in the environment, so the state is (step, fleet state, workload state, last rate); the sum
 * over the next draw only depends on the count the action leads to, which keeps the work at
 * steps x fleet states x outcomes.
 *
 * <p>Under a budget the spend is part of the fleet state, so a policy that reads {@code costSoFar} or
 * {@code budgetLeft} is evaluated exactly too ({@link #covers}).
 *
 * <p>Covers policies that decide from the step and the current observation alone: a
 * {@link DecisionRule}, or a memoryless {@link Policy} such as the threshold heuristic. A policy that
 * remembers earlier observations is not one of them.
 */
public final class PolicyEvaluation {

    private final ScalingMdp mdp;

    /**
     * @throws IllegalArgumentException unless an observation of {@code mdp}'s dynamics is a function of
     *                                  a fleet state and a rate alone ({@link #covers})
     */
    public PolicyEvaluation(ScalingMdp mdp) {
        this.mdp = Objects.requireNonNull(mdp, "mdp");
        if (!covers(mdp.dynamics())) {
            throw new IllegalArgumentException("exact evaluation of a policy covers dynamics whose observation follows"
                    + " from the fleet state, the cost spent and the rate: this one's features read the step, the"
                    + " action or the violations");
        }
    }

    /**
     * Whether what a policy sees follows from the state the process indexes and the rate: the reference
     * dynamics, or any whose features each read the fleet state ({@code Features.Reads}: booting servers,
     * the cooldown, servers per type), or the cost spent where a budget makes it part of the state
     * ({@code costSoFar}, {@code budgetLeft}); not the phase, the last action or the violations.
     */
    public static boolean covers(FleetDynamics dynamics) {
        boolean spendIndexed = dynamics.budget() < Double.POSITIVE_INFINITY;
        return dynamics.reference() || dynamics.features().stream().map(Features::reads)
                .allMatch(reads -> reads == Features.Reads.FLEET || reads == Features.Reads.COST_SPENT && spendIndexed);
    }

    /**
     * The expected return of a memoryless {@code policy}: one that acts on the observation alone. It
     * is reset once and then asked about every (servers, rate) pair once, in no episode order.
     */
    public double expectedReturn(Policy policy) {
        Objects.requireNonNull(policy, "policy");
        policy.reset();
        ActionTable table = new ActionTable(mdp, (step, observation) -> policy.act(observation), -1);
        return evaluate(step -> table);
    }

    /** The expected return of {@code rule}, asked about every reachable (step, servers, rate) once. */
    public double expectedReturn(DecisionRule rule) {
        Objects.requireNonNull(rule, "rule");
        return evaluate(step -> new ActionTable(mdp, rule, step));
    }

    @FunctionalInterface
    private interface TablePerStep {
        ActionTable at(int step);
    }

    private double evaluate(TablePerStep tables) {
        if (mdp.sweepWork() > OptimalPlanner.MAX_WORK) {
            throw new IllegalArgumentException("an exact evaluation would take " + mdp.sweepWork()
                    + " expectation terms, more than the " + OptimalPlanner.MAX_WORK + " allowed");
        }
        int horizon = mdp.maxSteps();
        int states = mdp.traffic().stateCount();
        int fleets = mdp.fleetCount();
        // X_t(f', w): expected reward of steps t+1 .. T once the decision after t steps led to fleet f',
        // with the traffic in state w before the draw of step t+1
        double[] later = new double[fleets * states];
        for (int step = horizon - 1; step >= 0; step--) {
            ActionTable nextActions = step + 1 < horizon ? tables.at(step + 1) : null;
            double[] now = new double[later.length];
            for (int state = 0; state < states; state++) {
                if (!mdp.traffic().possibleAfter(step, state)) {
                    continue; // never read: a possible state only leads to possible ones
                }
                TrafficOutcomes draw = mdp.traffic().from(state);
                for (int fleet = 0; fleet < fleets; fleet++) {
                    if (!mdp.entered(fleet) || !mdp.possible(fleet, step + 1)) {
                        continue;
                    }
                    double sum = 0;
                    for (int o = 0; o < draw.size(); o++) {
                        int rate = draw.rate(o);
                        double value = mdp.reward(fleet, rate);
                        if (nextActions != null && !mdp.ends(fleet, rate)) {
                            int next = mdp.next(step + 1, fleet, nextActions.action(fleet, rate));
                            value += later[next * states + draw.nextState(o)];
                        }
                        sum += draw.probability(o) * value;
                    }
                    now[fleet * states + state] = sum;
                }
            }
            later = now;
        }
        ActionTable first = tables.at(0);
        TrafficOutcomes reset = mdp.traffic().atReset();
        double expected = 0;
        for (int o = 0; o < reset.size(); o++) {
            int next = mdp.next(0, 0, first.action(0, reset.rate(o))); // the reset fleet is state 0
            expected += reset.probability(o) * later[next * states + reset.nextState(o)];
        }
        return expected;
    }

    /** The rule's action for every fleet state possible after a step and every rate the traffic can produce. */
    private static final class ActionTable {

        private final int lowestRate;
        private final int rates;
        private final byte[] actions;

        ActionTable(ScalingMdp mdp, DecisionRule rule, int step) {
            int low = mdp.lowestRate();
            int high = mdp.highestRate();
            this.lowestRate = low;
            this.rates = high - low + 1;
            this.actions = new byte[mdp.fleetCount() * rates];
            for (int fleet = 0; fleet < mdp.fleetCount(); fleet++) {
                if (step >= 0 && !mdp.possible(fleet, step)) {
                    continue;
                }
                for (int rate = low; rate <= high; rate++) {
                    Action action = rule.act(Math.max(step, 0), mdp.observation(fleet, rate));
                    if (action == null) {
                        throw new IllegalStateException("the policy chose no action for " + mdp.servers(fleet)
                                + " servers at rate " + rate + " after " + step + " steps");
                    }
                    if (action.index() < 0 || action.index() >= mdp.actionCount()) {
                        throw new IllegalStateException("the policy chose action " + action.index() + ", outside the"
                                + " scheme's " + mdp.actionCount() + " actions");
                    }
                    actions[fleet * rates + rate - low] = (byte) action.index();
                }
            }
        }

        int action(int fleet, int rate) {
            return actions[fleet * rates + rate - lowestRate];
        }
    }
}
