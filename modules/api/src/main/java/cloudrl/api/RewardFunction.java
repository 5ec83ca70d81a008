package cloudrl.api;

/**
 * Turns the state a step produced into a reward in [0, 1]. A plug point: the environment takes any
 * implementation.
 *
 * <p>{@link #reward} is on the environment's hot path and must not allocate; {@link #explain}
 * gives the same value with its parts, for step infos and the explorer.
 *
 * <p>Implementations must be pure: the value depends on the arguments alone, with no side effects,
 * so environments may compute it once per state and reuse it, and share one instance across threads.
 */
public interface RewardFunction {

    /**
     * The reward for the state just entered.
     *
     * @param cpu         CPU utilisation in percent
     * @param memory      memory utilisation in percent
     * @param requestRate requests this step
     * @param servers     servers allocated, at least one
     * @return a value in [0, 1]
     */
    double reward(double cpu, double memory, int requestRate, int servers);

    /** The same reward as {@link #reward}, with the named parts it was built from. */
    RewardBreakdown explain(double cpu, double memory, int requestRate, int servers);
}
