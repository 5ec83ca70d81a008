package cloudrl.api;

import java.util.List;

/**
 * Creates {@link ObservationFeature observation features}: one, or one per server type. Register
 * with {@code provides cloudrl.api.FeatureProvider with ...}.
 */
public interface FeatureProvider extends Provider {

    /**
     * The features this provider adds for {@code fleet}, in observation order.
     *
     * @throws IllegalArgumentException naming a malformed or out-of-range value and what is allowed
     */
    List<ObservationFeature> create(Parameters parameters, FleetModel fleet);

    @Override
    default PlugPoint plugPoint() {
        return PlugPoint.FEATURE;
    }
}
