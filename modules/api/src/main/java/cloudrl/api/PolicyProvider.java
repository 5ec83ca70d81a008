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

    /**
     * A new policy for play in {@code context}. CloudRL's commands always create policies this way.
     * The default takes the policy {@link #create(long, Parameters)} makes as one written for the
     * reference scheme (remove one, keep, add one server) and plays it through the context's action
     * scheme ({@link PolicyContext#unitPolicy}): under the reference scheme every action is its own,
     * under another each means the same change of the server count. A provider whose policy chooses
     * among the scheme's own actions (a planner, a trained agent, a uniform random choice) overrides
     * this, and may reject a context it cannot serve.
     *
     * @param seed       seed for any randomness the policy uses; the same seed must give the same choices
     * @param parameters the user's values for the declared parameters, defaults filled in
     * @param context    the environment the policy will be played in, and how it was chosen
     * @throws IllegalArgumentException naming a malformed or out-of-range value, or what in the context
     *                                  the provider cannot serve, and what is allowed
     */
    default Policy create(long seed, Parameters parameters, PolicyContext context) {
        return context.unitPolicy(create(seed, parameters));
    }

    @Override
    default PlugPoint plugPoint() {
        return PlugPoint.POLICY;
    }
}
