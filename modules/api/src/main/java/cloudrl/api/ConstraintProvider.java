package cloudrl.api;

/**
 * Creates {@link Constraint constraints}, such as {@code budget} and {@code sla}. Register with
 * {@code provides cloudrl.api.ConstraintProvider with ...}.
 */
public interface ConstraintProvider extends Provider {

    /**
     * A new constraint.
     *
     * @throws IllegalArgumentException naming a malformed or out-of-range value and what is allowed
     */
    Constraint create(Parameters parameters);

    @Override
    default PlugPoint plugPoint() {
        return PlugPoint.CONSTRAINT;
    }
}
