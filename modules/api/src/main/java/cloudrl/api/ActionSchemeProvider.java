package cloudrl.api;

/**
 * Creates {@link ActionScheme action schemes}, such as {@code unit}, {@code steps} and {@code target}.
 * Register with {@code provides cloudrl.api.ActionSchemeProvider with ...}.
 */
public interface ActionSchemeProvider extends Provider {

    /**
     * A new action scheme.
     *
     * @throws IllegalArgumentException naming a malformed or out-of-range value and what is allowed
     */
    ActionScheme create(Parameters parameters);

    @Override
    default PlugPoint plugPoint() {
        return PlugPoint.ACTIONS;
    }
}
