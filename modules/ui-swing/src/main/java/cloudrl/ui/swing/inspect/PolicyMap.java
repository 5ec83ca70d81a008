package cloudrl.ui.swing.inspect;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.Policy;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.FleetDynamics;
import cloudrl.env.FleetState;

import java.util.function.Supplier;

/**
 * The action a policy takes over a grid of states, as a {@link StateGrid} of action indices. The
 * observation at {@code servers} and {@code rate} is the one the environment would show: CPU and
 * memory from the configuration's physics, and the scenario's extra features (booting servers, cost
 * so far, phase...) at their values right after a reset (nothing booting, nothing spent, step 0), so
 * an agent trained on a scenario's observation space is asked in that space. The reference has no
 * extra features: its observations are the four values alone.
 *
 * <p>A policy that counts its decisions (the oracle's plan depends on the step) is mapped over step
 * × servers: for each server count the policy is reset, then asked once per step with the same
 * observation, so the answer at step {@code t} is its choice after {@code t} earlier decisions. The
 * servers × rate map asks a freshly reset policy, so it shows the first step's choices.
 */
public final class PolicyMap {

    private PolicyMap() {
    }

    /** What the environment of {@code dynamics} shows at {@code servers} servers and {@code rate} requests. */
    public static Observation observation(FleetDynamics dynamics, int servers, int rate) {
        EnvironmentConfig config = dynamics.config();
        FleetState reset = dynamics.newState();
        dynamics.reset(reset, rate);
        Observation atReset = dynamics.observation(reset);
        float[] values = atReset.toArray();
        float[] extra = java.util.Arrays.copyOfRange(values, Observation.SIZE, values.length);
        java.util.List<String> names = atReset.featureNames().subList(Observation.SIZE, values.length);
        return new Observation(config.cpuUtilisation(rate, servers), config.memoryUtilisation(rate, servers), rate,
                servers, names, extra);
    }

    /**
     * The action index at each request rate {@code 0, rateStep, ...} up to {@code maxRate} (columns) and
     * each server count from 1 to {@code maxServers} (rows), each asked of a fresh, reset policy.
     */
    public static StateGrid overServersAndRate(Supplier<Policy> policies, FleetDynamics dynamics, int maxServers,
                                               int maxRate, int rateStep) {
        requireAtLeast("maxServers", maxServers, 1);
        requireAtLeast("rateStep", rateStep, 1);
        requireAtLeast("maxRate", maxRate, 0);
        double[] rates = range(0, maxRate, rateStep);
        double[] servers = range(1, maxServers, 1);
        double[][] actions = new double[servers.length][rates.length];
        Policy policy = policies.get();
        for (int y = 0; y < servers.length; y++) {
            for (int x = 0; x < rates.length; x++) {
                policy.reset();
                actions[y][x] = actionIndex(policy, observation(dynamics, (int) servers[y], (int) rates[x]));
            }
        }
        return new StateGrid("Action by servers and request rate (first step)", "Request rate", "Servers", rates,
                servers, actions);
    }

    /**
     * The action index at each step from 0 to {@code steps - 1} (columns) and each server count from 1
     * to {@code maxServers} (rows), at {@code rate} requests per step.
     */
    public static StateGrid overStepAndServers(Supplier<Policy> policies, FleetDynamics dynamics, int maxServers,
                                               int steps, int rate) {
        requireAtLeast("maxServers", maxServers, 1);
        requireAtLeast("steps", steps, 1);
        requireAtLeast("rate", rate, 0);
        double[] stepAxis = range(0, steps - 1, 1);
        double[] servers = range(1, maxServers, 1);
        double[][] actions = new double[servers.length][stepAxis.length];
        Policy policy = policies.get();
        for (int y = 0; y < servers.length; y++) {
            policy.reset();
            Observation seen = observation(dynamics, (int) servers[y], rate);
            for (int x = 0; x < stepAxis.length; x++) {
                actions[y][x] = actionIndex(policy, seen);
            }
        }
        return new StateGrid("Action by step and servers at " + rate + " requests per step", "Step", "Servers",
                stepAxis, servers, actions);
    }

    /** Whether a value of a policy map is an action (not a state the policy refused). */
    public static boolean isAction(double value) {
        return !Double.isNaN(value);
    }

    private static double actionIndex(Policy policy, Observation observation) {
        try {
            Action action = policy.act(observation);
            return action == null ? Double.NaN : action.index();
        } catch (IllegalArgumentException | IllegalStateException outsideWhatItCovers) {
            // a plan that does not cover this state: shown as a gap, not a failure of the whole map
            return Double.NaN;
        }
    }

    static double[] range(int from, int to, int step) {
        int count = (to - from) / step + 1;
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = from + (double) i * step;
        }
        return values;
    }

    private static void requireAtLeast(String name, int value, int low) {
        if (value < low) {
            throw new IllegalArgumentException(name + " " + value + " is not allowed: must be at least " + low);
        }
    }
}
