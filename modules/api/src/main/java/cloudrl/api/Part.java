package cloudrl.api;

import java.util.Map;
import java.util.Objects;

/**
 * One part a {@link Scenario} is composed of: a provider's id and the values of its parameters.
 *
 * @param id         the provider's id within its plug point
 * @param parameters parameter values by name, as text
 */
public record Part(String id, Map<String, String> parameters) {

    public Part {
        Objects.requireNonNull(id, "id");
        parameters = Map.copyOf(parameters);
    }

    /** The part {@code id} with every parameter at its default. */
    public static Part of(String id) {
        return new Part(id, Map.of());
    }

    /** The part {@code id} with {@code parameters}. */
    public static Part of(String id, Map<String, String> parameters) {
        return new Part(id, parameters);
    }
}
