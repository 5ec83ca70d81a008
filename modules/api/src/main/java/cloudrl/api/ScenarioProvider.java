package cloudrl.api;

/**
 * Offers a built-in {@link Scenario}. Register with {@code provides cloudrl.api.ScenarioProvider with ...};
 * {@link #id()} and {@link #description()} are the scenario's.
 */
public interface ScenarioProvider extends Provider {

    /** The scenario this provider offers. */
    Scenario scenario();

    @Override
    default String id() {
        return scenario().id();
    }

    @Override
    default String description() {
        return scenario().description();
    }

    @Override
    default PlugPoint plugPoint() {
        return PlugPoint.SCENARIO;
    }
}
