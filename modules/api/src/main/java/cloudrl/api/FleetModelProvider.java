package cloudrl.api;

/**
 * Creates {@link FleetModel fleet models}: server types, boot delay, cooldown, quota. Register with
 * {@code provides cloudrl.api.FleetModelProvider with ...}.
 */
public interface FleetModelProvider extends Provider {

    /**
     * A new fleet model.
     *
     * @param reference the reference server (the environment's capacity and the reward's cost per
     *                  server), for fleets whose types are given relative to it
     * @throws IllegalArgumentException naming a malformed or out-of-range value and what is allowed
     */
    FleetModel create(Parameters parameters, ServerType reference);

    @Override
    default PlugPoint plugPoint() {
        return PlugPoint.FLEET;
    }
}
