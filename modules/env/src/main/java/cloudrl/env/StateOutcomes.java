package cloudrl.env;

import cloudrl.api.Observation;
import cloudrl.api.RewardBreakdown;
import cloudrl.api.RewardFunction;

/**
 * What entering a state yields, tabulated in one place for both kinds of environment. Under one
 * configuration a state's utilisation, latency, instability and cost are functions of its request
 * rate and fleet (serving and booting servers per type) alone, and so is the reward when it is the
 * four-value form or says it is {@link RewardFunction#fleetDetermined() fleet-determined}; an
 * episode keeps revisiting a few hundred states. Entries are filled on first use with exactly the
 * values the direct computation gives, so a table changes no result, only the time taken.
 *
 * <p>Two layouts of the same idea. The reference fleet's columns, keyed by (servers, request rate):
 * {@link VectorEnv}'s array path reads the primitive columns (float32 CPU and memory, the reward,
 * instability), and {@link CloudEnvironment} takes {@link #scored}, the observation and the reward's
 * breakdown as immutable values made the first time. And the rows of any fleet, keyed by the row
 * {@link FleetDynamics} gives a fleet and the request rate, which {@link FleetDynamics} fills and reads
 * on the general path ({@link #STRIDE} doubles an entry, so that one entry is one or two cache lines).
 * States outside the table ({@code requestRate >= RATES}, more servers than it covers) are computed
 * directly.
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

    // one entry of a fleet row, at requestRate * STRIDE: the outcome, then the reward once known
    static final int CPU = 0;
    static final int MEMORY = 1;
    static final int LATENCY = 2;
    static final int CAPACITY = 3;
    static final int STEP_COST = 4;
    static final int REWARD = 5;
    /** 0 while empty, else {@link #FILLED}, plus {@link #UNSTABLE_FLAG}, plus {@link #REWARD_KNOWN}. */
    static final int FLAGS = 6;
    static final int STRIDE = 7;
    static final int FILLED = 1;
    static final int UNSTABLE_FLAG = 2;
    static final int REWARD_KNOWN = 4;

    private final EnvironmentConfig config;
    private final RewardFunction reward;
    private final boolean rewardsMemoised;
    // [fleet row][requestRate * STRIDE + field], each row made on first use
    private final double[][] rows;

    // one entry per (servers, requestRate), servers-major so that nearby rates share cache lines
    final float[] cpu = new float[(SERVERS + 1) * RATES];
    final float[] memory = new float[(SERVERS + 1) * RATES];
    final double[] rewards = new double[(SERVERS + 1) * RATES];
    private final byte[] state = new byte[(SERVERS + 1) * RATES];

    /** One entered state as a single environment hands it out; {@code latency} is the observation's, computed once. */
    record Scored(Observation observation, RewardBreakdown breakdown, boolean unstable, double latency) {
    }

    private Scored[] scored;

    StateOutcomes(FleetDynamics dynamics, RewardFunction reward) {
        this.config = dynamics.config();
        this.reward = reward;
        // the four-value form scores (rate, servers) alone; the transition form only when it says so
        this.rewardsMemoised = dynamics.plain() || reward.fleetDetermined();
        this.rows = new double[dynamics.outcomeRows()][];
    }

    /** The reward function the table scores with. */
    RewardFunction reward() {
        return reward;
    }

    /** Whether a reward, once computed for an entry, may be handed out again for it. */
    boolean rewardsMemoised() {
        return rewardsMemoised;
    }

    /** The entries of fleet row {@code row} (see {@link FleetDynamics}), one per request rate below {@link #RATES}. */
    double[] row(int row) {
        double[] entries = rows[row];
        if (entries == null) {
            entries = new double[RATES * STRIDE];
            rows[row] = entries;
        }
        return entries;
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
