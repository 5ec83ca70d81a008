package cloudrl.env;

import cloudrl.api.RewardFunction;

/**
 * What entering a state yields, tabulated: for a request rate and a server count, the float32 CPU and
 * memory utilisations an observation shows, the reward, and whether the system is unstable. Under
 * one configuration all four are functions of those two integers alone (the reward function being
 * pure), so {@link VectorEnv} looks them up instead of recomputing two utilisation divisions, the
 * reward's band scores and its normalisation for every environment on every step. Entries are filled
 * on first use with exactly the values the direct computation gives; states outside the table
 * ({@code requestRate >= RATES} or {@code servers > SERVERS}) are computed directly by the caller.
 *
 * <p>Not thread-safe: each slice of a vector environment has its own table.
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

    StateOutcomes(EnvironmentConfig config, RewardFunction reward) {
        this.config = config;
        this.reward = reward;
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
