package cloudrl.env;

import cloudrl.api.Observation;
import cloudrl.api.RewardBreakdown;
import cloudrl.api.RewardFunction;

/**
 * What entering a state of the reference fleet yields, tabulated in one place for both kinds of
 * environment. Under one configuration everything a state yields is a function of its request rate
 * and server count alone (the reward function being pure), and an episode keeps revisiting a few
 * hundred of them. {@link VectorEnv} reads the primitive columns (float32 CPU and memory, the reward,
 * instability) instead of recomputing two divisions and the reward for every environment on every
 * step; {@link CloudEnvironment} takes {@link #scored}, the observation and the reward's breakdown as
 * immutable values made the first time. Entries are filled on first use with exactly the values the
 * direct computation gives; states outside the table ({@code requestRate >= RATES} or
 * {@code servers > SERVERS}) are computed directly.
 *
 * <p>Not thread-safe: each slice of a vector environment, and each environment, has its own table.
 */
final class StateOutcomes {

    /** Request rates {@code 0 .. RATES-1} are tabulated. */
    static final int RATES = 512;
    /** Server counts {@code 1 .. SERVERS} are tabulated. */
    static final int SERVERS = 32;

    private static final byte EMPTY = 0;
    private static final byte STABLE = 1;
    private static final byte UNSTABLE = 2;

    private final EnvironmentConfig config;
    private final RewardFunction reward;

    // one entry per (servers, requestRate), servers-major so that nearby rates share cache lines
    final float[] cpu = new float[(SERVERS + 1) * RATES];
    final float[] memory = new float[(SERVERS + 1) * RATES];
    final double[] rewards = new double[(SERVERS + 1) * RATES];
    private final byte[] state = new byte[(SERVERS + 1) * RATES];

    /** One entered state as a single environment hands it out; {@code latency} is the observation's, computed once. */
    record Scored(Observation observation, RewardBreakdown breakdown, boolean unstable, double latency) {
    }

    private Scored[] scored;

    StateOutcomes(EnvironmentConfig config, RewardFunction reward) {
        this.config = config;
        this.reward = reward;
    }

    /** The state with {@code requestRate} requests on {@code servers} servers, scored, from the table where it is covered. */
    Scored scored(int requestRate, int servers) {
        if (!covers(requestRate, servers)) {
            return score(requestRate, servers);
        }
        if (scored == null) {
            scored = new Scored[(SERVERS + 1) * RATES];
        }
        int index = servers * RATES + requestRate;
        Scored known = scored[index];
        if (known == null) {
            known = score(requestRate, servers);
            scored[index] = known;
        }
        return known;
    }

    private Scored score(int requestRate, int servers) {
        double cpuPercent = config.cpuUtilisation(requestRate, servers);
        double memoryPercent = config.memoryUtilisation(requestRate, servers);
        Observation observation = new Observation(cpuPercent, memoryPercent, requestRate, servers);
        return new Scored(observation, reward.explain(cpuPercent, memoryPercent, requestRate, servers),
                config.unstable(cpuPercent, memoryPercent), observation.latency());
    }

    /** Whether the state is inside the table. */
    static boolean covers(int requestRate, int servers) {
        return requestRate < RATES && servers <= SERVERS;
    }

    /**
     * The table index of a covered state, its entry filled. Read {@link #cpu}, {@link #memory} and
     * {@link #rewards} there, and {@link #unstable(int)}.
     */
    int entry(int requestRate, int servers) {
        int index = servers * RATES + requestRate;
        if (state[index] == EMPTY) {
            fill(index, requestRate, servers);
        }
        return index;
    }

    /** Whether the state at {@code index} has become unstable. */
    boolean unstable(int index) {
        return state[index] == UNSTABLE;
    }

    private void fill(int index, int requestRate, int servers) {
        double cpuPercent = config.cpuUtilisation(requestRate, servers);
        double memoryPercent = config.memoryUtilisation(requestRate, servers);
        cpu[index] = (float) cpuPercent;
        memory[index] = (float) memoryPercent;
        rewards[index] = reward.reward(cpuPercent, memoryPercent, requestRate, servers);
        state[index] = config.unstable(cpuPercent, memoryPercent) ? UNSTABLE : STABLE;
    }
}
