package cloudrl.api;

/**
 * Creates {@link WorkloadModel workload models}; the service behind the {@code --workload} option.
 * Register an implementation with {@code provides cloudrl.api.WorkloadProvider with ...} in a
 * module descriptor, or in {@code META-INF/services/cloudrl.api.WorkloadProvider} of a plain jar.
 *
 * <p>The chosen task sets the traffic level: a provider builds its model around
 * {@link TrafficLevel#baseRate()} and {@link TrafficLevel#stdDev()}, so the same workload becomes
 * lighter or heavier with {@code --task}.
 */
public interface WorkloadProvider extends Provider {

    /**
     * A new workload model. Randomness during episodes must come from the generator the
     * environment passes to the model, not from {@code seed}, so that the episode seed fixes the
     * traffic.
     *
     * @param seed       seed for randomness needed while building the model; most use none
     * @param traffic    the task's level of traffic
     * @param parameters the user's values for the declared parameters, defaults filled in
     * @throws IllegalArgumentException naming a malformed or out-of-range value and what is allowed
     */
    WorkloadModel create(long seed, TrafficLevel traffic, Parameters parameters);

    @Override
    default PlugPoint plugPoint() {
        return PlugPoint.WORKLOAD;
    }
}
