package cloudrl.api;

/**
 * Creates {@link Policy policies}; the service behind the {@code --policy} option.
 * Register an implementation with {@code provides cloudrl.api.PolicyProvider with ...} in a module
 * descriptor, or in {@code META-INF/services/cloudrl.api.PolicyProvider} of a plain jar.
 */
public interface PolicyProvider extends Provider {

    /**
     * A new policy.
     *
     * @param seed       seed for any randomness the policy uses; the same seed must give the same choices
     * @param parameters the user's values for the declared parameters, defaults filled in
     * @throws IllegalArgumentException naming a malformed or out-of-range value and what is allowed
     */
    Policy create(long seed, Parameters parameters);

    @Override
    default PlugPoint plugPoint() {
        return PlugPoint.POLICY;
    }
}
