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

    /**
     * The reward for the step's whole transition: serving and booting servers per type, the step's
     * cost, the action taken, whether a constraint was broken. The default scores the four reference
     * values (serving servers only); a reward that cares about the rest overrides this and
     * {@link #explain(Transition)}. The environment calls this form whenever the fleet is not the
     * reference one (one server type, instant boot), and the four-value form otherwise, so the two
     * must agree on a reference fleet. Must not allocate or keep {@code transition}.
     */
    default double reward(Transition transition) {
        return reward(transition.cpu(), transition.memory(), transition.requestRate(), transition.activeServers());
    }

    /**
     * Whether {@link #reward(Transition)} depends on the transition only through the step's request
     * rate and its fleet, the serving and the booting servers of each type, and what those fix: CPU,
     * memory, latency, active capacity and the step's cost. Such a reward reads neither the step nor
     * the action nor what the episode has gathered (cost so far, budget left, violations, cooldown),
     * so an environment may compute it once per request rate and fleet and hand the value out again
     * when they recur. The default, {@code false}, is always safe: the reward is then called on every
     * step. A reward that leaves {@link #reward(Transition)} to its default may return {@code true}.
     *
     * @since 2.1.0
     */
    default boolean fleetDetermined() {
        return false;
    }

    /** The same reward as {@link #reward(Transition)}, with its parts. */
    default RewardBreakdown explain(Transition transition) {
        return explain(transition.cpu(), transition.memory(), transition.requestRate(), transition.activeServers());
    }
}
