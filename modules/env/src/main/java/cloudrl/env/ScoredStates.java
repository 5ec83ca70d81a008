package cloudrl.env;

import cloudrl.api.Observation;
import cloudrl.api.RewardBreakdown;
import cloudrl.api.RewardFunction;

/**
 * The observation and the scored reward of entered states, for {@link CloudEnvironment}.
 * Under one configuration both are functions of the request rate and the server count alone (the
 * reward function being pure), and an episode keeps revisiting the same few hundred of them; so
 * rather than building an observation and the reward's component map on every step, a memo indexed
 * by the state itself hands back the immutable values made the first time. States with
 * {@code requestRate >= RATES} or {@code servers > SERVERS} are not memoised; a miss or such a
 * state is computed exactly as before.
 */
final class ScoredStates {

    /** Request rates {@code 0 .. RATES-1} are memoised. */
    static final int RATES = 256;
    /** Server counts {@code 1 .. SERVERS} are memoised. */
    static final int SERVERS = 15;

    /** One entered state and what it yields; {@code latency} is the observation's, computed once. */
    record Scored(Observation observation, RewardBreakdown breakdown, boolean unstable, double latency) {
    }

    private final EnvironmentConfig config;
    private final RewardFunction reward;
    private Scored[] memo;

    ScoredStates(EnvironmentConfig config, RewardFunction reward) {
        this.config = config;
        this.reward = reward;
    }

    /** The state with {@code requestRate} requests on {@code servers} servers, scored. */
    Scored enter(int requestRate, int servers) {
        if (requestRate >= RATES || servers > SERVERS) {
            return score(requestRate, servers);
        }
        if (memo == null) {
            memo = new Scored[(SERVERS + 1) * RATES];
        }
        int index = servers * RATES + requestRate;
        Scored known = memo[index];
        if (known == null) {
            known = score(requestRate, servers);
            memo[index] = known;
        }
        return known;
    }

    private Scored score(int requestRate, int servers) {
        double cpu = config.cpuUtilisation(requestRate, servers);
        double memory = config.memoryUtilisation(requestRate, servers);
        Observation observation = new Observation(cpu, memory, requestRate, servers);
        return new Scored(observation, reward.explain(cpu, memory, requestRate, servers),
                config.unstable(cpu, memory), observation.latency());
    }
}
