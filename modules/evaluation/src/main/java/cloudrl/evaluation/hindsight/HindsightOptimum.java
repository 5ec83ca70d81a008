package cloudrl.evaluation.hindsight;

import cloudrl.api.RewardFunction;
import cloudrl.api.WorkloadModel;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.FleetDynamics;
import cloudrl.env.FleetState;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The best return any action sequence can earn on one episode's window, knowing all its request
 * rates in advance: a dynamic programme over (step, fleet state). A trace is not Markov, so no
 * policy is exactly optimal on it; but no policy, however clever, can beat the best sequence for
 * the window it faces, so this is an upper bound per episode.
 *
 * <p>The fleet states are found by stepping {@link FleetDynamics} forward on copies of
 * {@link FleetState} from the reset state, under every action, and are merged by
 * {@link FleetState#fleetKey()}; a step's reward and its ending come from
 * {@link FleetDynamics#reward} and {@link FleetDynamics#terminates}, so the DP follows the same
 * step rule as the environment. The values are then taken backwards: a terminating step earns its
 * reward and nothing after it, as in an episode.
 *
 * <p>Exact where the fleet key says all that matters for the future: without constraints (a budget's
 * spending, or counted violations, are not in the key), and for a reward of the step itself.
 */
public final class HindsightOptimum {

    private HindsightOptimum() {
    }

    /** The best return and an action sequence that earns it (shorter than the window when it ends early). */
    public record Plan(double value, int[] actions) {

        public Plan {
            actions = actions.clone();
        }

        @Override
        public int[] actions() {
            return actions.clone();
        }
    }

    /** Whether the DP is exact for {@code dynamics}: it has no constraint whose state the fleet key leaves out. */
    public static boolean covers(FleetDynamics dynamics) {
        return dynamics.constraints().isEmpty();
    }

    /**
     * The request rates of the episode an environment like {@code environment} plays after
     * {@code reset(seed)}: index 0 for the reset, then one per step up to its step limit. The
     * workload draws from the episode's generator alone and never sees the actions, so every policy
     * faces this window. Resets {@code environment}'s workload: use an environment of its own.
     */
    public static int[] window(CloudEnvironment environment, long seed) {
        WorkloadModel workload = environment.workload();
        SplittableRandom random = new SplittableRandom(seed);
        workload.reset(random);
        int[] rates = new int[environment.config().maxSteps() + 1];
        for (int step = 0; step < rates.length; step++) {
            rates[step] = workload.requestRate(step, random);
        }
        return rates;
    }

    /** The hindsight optimum of {@code environment}'s episode for {@code seed}: {@link #window} then {@link #plan}. */
    public static double of(CloudEnvironment environment, long seed) {
        return plan(environment.dynamics(), environment.rewardFunction(), window(environment, seed)).value();
    }

    /**
     * The hindsight optimum of each of {@code seeds}' episodes in {@code environment}, in order.
     * Resets {@code environment}'s workload: use an environment of its own.
     */
    public static double[] of(CloudEnvironment environment, long[] seeds) {
        double[] optima = new double[seeds.length];
        for (int i = 0; i < seeds.length; i++) {
            optima[i] = of(environment, seeds[i]);
        }
        return optima;
    }

    /**
     * The best plan for the window {@code rates} (the reset's rate, then one per step; its length
     * less one is the number of steps).
     *
     * @throws IllegalArgumentException when the window has no step, a rate is negative, or the
     *                                  dynamics have a constraint ({@link #covers})
     */
    public static Plan plan(FleetDynamics dynamics, RewardFunction reward, int[] rates) {
        Objects.requireNonNull(reward, "reward");
        if (!covers(dynamics)) {
            throw new IllegalArgumentException("the hindsight optimum needs dynamics without constraints; these have "
                    + dynamics.constraints().size());
        }
        if (rates.length < 2) {
            throw new IllegalArgumentException("a window of " + rates.length + " rates has no step: give at least 2");
        }
        for (int rate : rates) {
            if (rate < 0) {
                throw new IllegalArgumentException("rate " + rate + " is not allowed: must be at least 0");
            }
        }
        int steps = rates.length - 1;
        int actions = dynamics.actionSpace().n();
        int[] scratch = new int[dynamics.fleet().typeCount()];
        FleetState start = dynamics.newState();
        dynamics.reset(start, rates[0]);
        List<FleetState> layer = List.of(start);
        // per step: for each state and action, the step's reward and the next state's index (-1: the episode ends)
        List<double[]> rewards = new ArrayList<>(steps);
        List<int[]> successors = new ArrayList<>(steps);
        for (int t = 0; t < steps; t++) {
            double[] stepRewards = new double[layer.size() * actions];
            int[] next = new int[layer.size() * actions];
            Map<Key, Integer> index = new HashMap<>();
            List<FleetState> nextLayer = new ArrayList<>();
            for (int s = 0; s < layer.size(); s++) {
                for (int a = 0; a < actions; a++) {
                    FleetState after = layer.get(s).copy();
                    dynamics.step(after, a, rates[t + 1], scratch);
                    stepRewards[s * actions + a] = dynamics.reward(after, reward);
                    if (dynamics.terminates(after) || t + 1 == steps) {
                        next[s * actions + a] = -1;
                        continue;
                    }
                    Key key = new Key(after.fleetKey());
                    Integer known = index.get(key);
                    if (known == null) {
                        known = nextLayer.size();
                        index.put(key, known);
                        nextLayer.add(after);
                    }
                    next[s * actions + a] = known;
                }
            }
            rewards.add(stepRewards);
            successors.add(next);
            layer = nextLayer;
        }
        // backwards: the value of each state of each step, and the best action there
        double[] later = new double[0];
        int[][] best = new int[steps][];
        for (int t = steps - 1; t >= 0; t--) {
            double[] stepRewards = rewards.get(t);
            int[] next = successors.get(t);
            int states = stepRewards.length / actions;
            double[] values = new double[states];
            best[t] = new int[states];
            for (int s = 0; s < states; s++) {
                double top = Double.NEGATIVE_INFINITY;
                for (int a = 0; a < actions; a++) {
                    int successor = next[s * actions + a];
                    double value = stepRewards[s * actions + a] + (successor < 0 ? 0 : later[successor]);
                    if (value > top) {
                        top = value;
                        best[t][s] = a;
                    }
                }
                values[s] = top;
            }
            later = values;
        }
        int[] sequence = new int[steps];
        int state = 0;
        int length = 0;
        for (int t = 0; t < steps; t++) {
            int action = best[t][state];
            sequence[length++] = action;
            state = successors.get(t)[state * actions + action];
            if (state < 0) {
                break;
            }
        }
        return new Plan(later[0], Arrays.copyOf(sequence, length));
    }

    // a fleet key with value equality, for the map of a step's states
    private record Key(int[] values) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(values, key.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return Arrays.toString(values);
        }
    }
}
