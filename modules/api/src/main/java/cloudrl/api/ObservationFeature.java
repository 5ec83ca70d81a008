package cloudrl.api;

/**
 * One value a scenario adds to the observation after the reference four, such as
 * {@code bootingServers}. A plug point, created by a {@link FeatureProvider}.
 */
public interface ObservationFeature {

    /** The feature's name, unique within an observation, such as {@code bootingServers}. */
    String name();

    /** The least value the feature takes (may be {@link Float#NEGATIVE_INFINITY}). */
    float low();

    /** The greatest value the feature takes (may be {@link Float#POSITIVE_INFINITY}). */
    float high();

    /** The feature's value in {@code state}; called on every step, must not allocate. */
    float value(Transition state);
}
