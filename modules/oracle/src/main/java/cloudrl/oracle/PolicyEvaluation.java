package cloudrl.oracle;

import cloudrl.api.Action;
import cloudrl.api.Policy;

import java.util.Objects;

/**
 * The exact expected return of a deterministic policy on a {@link ScalingMdp}, by the same backward
 * induction as the planner with the policy's action in place of the maximum. The policy sees what it
 * would see in the environment, so the state is (step, servers, workload state, last rate); the sum
 * over the next draw only depends on the count the action leads to, which keeps the work at
 * steps x server counts x outcomes.
 *
 * <p>Covers policies that decide from the step and the current observation alone: a
 * {@link DecisionRule}, or a memoryless {@link Policy} such as the threshold heuristic. A policy that
 * remembers earlier observations is not one of them.
 */
public final class PolicyEvaluation {

    private final ScalingMdp mdp;

    public PolicyEvaluation(ScalingMdp mdp) {
        this.mdp = Objects.requireNonNull(mdp, "mdp");
    }

    /**
     * The expected return of a memoryless {@code policy}: one that acts on the observation alone. It
     * is reset once and then asked about every (servers, rate) pair once, in no episode order.
     */
    public double expectedReturn(Policy policy) {
        Objects.requireNonNull(policy, "policy");
        policy.reset();
        ActionTable table = new ActionTable(mdp, mdp.lowestServers(), mdp.highestServers(),
                (step, observation) -> policy.act(observation), 0);
        return evaluate(step -> table);
    }

    /** The expected return of {@code rule}, asked about every reachable (step, servers, rate) once. */
    public double expectedReturn(DecisionRule rule) {
        Objects.requireNonNull(rule, "rule");
        return evaluate(step -> new ActionTable(mdp, mdp.lowestServers(step), mdp.highestServers(step), rule, step));
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
        int lowest = mdp.lowestServers();
        // X_t(s', w): expected reward of steps t+1 .. T once the decision after t steps led to s' servers,
        // with the traffic in state w before the draw of step t+1
        double[] later = new double[mdp.serverCount() * states];
        for (int step = horizon - 1; step >= 0; step--) {
            ActionTable nextActions = step + 1 < horizon ? tables.at(step + 1) : null;
            double[] now = new double[later.length];
            for (int state = 0; state < states; state++) {
                if (!mdp.traffic().possibleAfter(step, state)) {
                    continue; // never read: a possible state only leads to possible ones
                }
                TrafficOutcomes draw = mdp.traffic().from(state);
                for (int servers = mdp.lowestServers(step + 1); servers <= mdp.highestServers(step + 1); servers++) {
                    double sum = 0;
                    for (int o = 0; o < draw.size(); o++) {
                        int rate = draw.rate(o);
                        double value = mdp.reward(servers, rate);
                        if (nextActions != null && !mdp.unstable(servers, rate)) {
                            int next = mdp.serversAfter(servers, nextActions.action(servers, rate));
                            value += later[(next - lowest) * states + draw.nextState(o)];
                        }
                        sum += draw.probability(o) * value;
                    }
                    now[(servers - lowest) * states + state] = sum;
                }
            }
            later = now;
        }
        ActionTable first = tables.at(0);
        TrafficOutcomes reset = mdp.traffic().atReset();
        int initial = mdp.config().initialServers();
        double expected = 0;
        for (int o = 0; o < reset.size(); o++) {
            int next = mdp.serversAfter(initial, first.action(initial, reset.rate(o)));
            expected += reset.probability(o) * later[(next - lowest) * states + reset.nextState(o)];
        }
        return expected;
    }

    /** The rule's action for every servers count in a range and every rate the traffic can produce. */
    private static final class ActionTable {
        private static final Action[] ACTIONS = {Action.DECREASE, Action.MAINTAIN, Action.INCREASE};

        private final int lowestServers;
        private final int lowestRate;
        private final int rates;
        private final byte[] actions;

        ActionTable(ScalingMdp mdp, int lowestServers, int highestServers, DecisionRule rule, int step) {
            this.lowestServers = lowestServers;
            int low = mdp.lowestRate();
            int high = mdp.highestRate();
            this.lowestRate = low;
            this.rates = high - low + 1;
            this.actions = new byte[(highestServers - lowestServers + 1) * rates];
            for (int servers = lowestServers; servers <= highestServers; servers++) {
                for (int rate = low; rate <= high; rate++) {
                    Action action = rule.act(step, mdp.observation(servers, rate));
                    if (action == null) {
                        throw new IllegalStateException("the policy chose no action for " + servers + " servers at rate "
                                + rate + " after " + step + " steps");
                    }
                    actions[(servers - lowestServers) * rates + rate - low] = (byte) action.index();
                }
            }
        }

        Action action(int servers, int rate) {
            return ACTIONS[actions[(servers - lowestServers) * rates + rate - lowestRate]];
        }
    }
}
