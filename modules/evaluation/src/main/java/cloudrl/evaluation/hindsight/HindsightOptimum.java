package cloudrl.evaluation.hindsight;

import cloudrl.api.RewardFunction;
import cloudrl.api.WorkloadModel;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.FleetDynamics;
import cloudrl.env.FleetLayers;
import cloudrl.env.FleetState;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The best return any action sequence can earn on one episode's window, knowing all its request
 * rates in advance: a dynamic programme over (step, fleet state). A trace is not Markov, so no
 * policy is exactly optimal on it; but no policy, however clever, can beat the best sequence for
 * the window it faces, so this is an upper bound per episode.
 *
 * <p>The fleet states are {@link FleetLayers}' (the enumeration the oracle plans over too): found by
 * stepping {@link FleetDynamics} forward on copies of {@link FleetState} from the reset state, under
 * every action, and merged by {@link FleetState#fleetKey()}; a step's reward and its ending come from
 * {@link FleetDynamics#reward} and {@link FleetDynamics#terminates} of the step replayed at the
 * window's rate, so the DP follows the same step rule as the environment. The values are then taken backwards: a terminating step earns its
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
     * The hindsight optimum of each of {@code seeds}' episodes in {@code environment}, in order. The
     * fleet states are enumerated once: they do not depend on the rates. Resets {@code environment}'s
     * workload: use an environment of its own.
     */
    public static double[] of(CloudEnvironment environment, long[] seeds) {
        FleetDynamics dynamics = environment.dynamics();
        requireCovered(dynamics);
        FleetLayers fleet = new FleetLayers(dynamics, environment.config().maxSteps());
        double[] optima = new double[seeds.length];
        for (int i = 0; i < seeds.length; i++) {
            optima[i] = plan(fleet, dynamics, environment.rewardFunction(), window(environment, seeds[i])).value();
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
        requireCovered(dynamics);
        if (rates.length < 2) {
            throw new IllegalArgumentException("a window of " + rates.length + " rates has no step: give at least 2");
        }
        return plan(new FleetLayers(dynamics, rates.length - 1), dynamics, reward, rates);
    }

    private static void requireCovered(FleetDynamics dynamics) {
        if (!covers(dynamics)) {
            throw new IllegalArgumentException("the hindsight optimum needs dynamics without constraints; these have "
                    + dynamics.constraints().size());
        }
    }

    // the DP over fleet's layers, whose horizon is at least the window's steps
    private static Plan plan(FleetLayers fleet, FleetDynamics dynamics, RewardFunction reward, int[] rates) {
        Objects.requireNonNull(reward, "reward");
        if (rates.length < 2) {
            throw new IllegalArgumentException("a window of " + rates.length + " rates has no step: give at least 2");
        }
        for (int rate : rates) {
            if (rate < 0) {
                throw new IllegalArgumentException("rate " + rate + " is not allowed: must be at least 0");
            }
        }
        int steps = rates.length - 1;
        int actions = fleet.actions();
        int[] scratch = new int[dynamics.fleet().typeCount()];
        FleetState entered = dynamics.newState();
        // backwards: the value of each state of each step, and the best action there; a step into a state
        // earns what entering it at the step's rate earns (the fleet's move does not depend on the rate), and
        // nothing after it when it ends the episode or is the last
        double[] later = new double[0];
        int[][] best = new int[steps][];
        boolean[][] ends = new boolean[steps][];
        for (int t = steps - 1; t >= 0; t--) {
            int[] arrivals = fleet.layer(t + 1);
            double[] arrivalRewards = new double[arrivals.length];
            ends[t] = new boolean[arrivals.length];
            for (int j = 0; j < arrivals.length; j++) {
                fleet.enter(arrivals[j], rates[t + 1], entered, scratch);
                arrivalRewards[j] = dynamics.reward(entered, reward);
                ends[t][j] = dynamics.terminates(entered) || t + 1 == steps;
            }
            int[] layer = fleet.layer(t);
            double[] values = new double[layer.length];
            best[t] = new int[layer.length];
            for (int s = 0; s < layer.length; s++) {
                double top = Double.NEGATIVE_INFINITY;
                for (int a = 0; a < actions; a++) {
                    int j = Arrays.binarySearch(arrivals, fleet.move(t, s, a));
                    double value = arrivalRewards[j] + (ends[t][j] ? 0 : later[j]);
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
        int state = 0; // the reset state, alone in the first layer
        int length = 0;
        for (int t = 0; t < steps; t++) {
            int action = best[t][state];
            sequence[length++] = action;
            int j = Arrays.binarySearch(fleet.layer(t + 1), fleet.move(t, state, action));
            if (ends[t][j]) {
                break;
            }
            state = j;
        }
        return new Plan(later[0], Arrays.copyOf(sequence, length));
    }
}
