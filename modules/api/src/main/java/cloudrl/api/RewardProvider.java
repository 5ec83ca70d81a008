package cloudrl.api;

/**
 * Creates {@link RewardFunction reward functions}; the service behind the {@code --reward} option.
 * Register an implementation with {@code provides cloudrl.api.RewardProvider with ...} in a module
 * descriptor, or in {@code META-INF/services/cloudrl.api.RewardProvider} of a plain jar.
 */
public interface RewardProvider extends Provider {

    /**
     * A new reward function, whose values must lie in [0, 1].
     *
     * @param seed       seed for any randomness the reward uses; most use none
     * @param parameters the user's values for the declared parameters, defaults filled in
     * @throws IllegalArgumentException naming a malformed or out-of-range value and what is allowed
     */
    RewardFunction create(long seed, Parameters parameters);

    @Override
    default PlugPoint plugPoint() {
        return PlugPoint.REWARD;
    }
}
