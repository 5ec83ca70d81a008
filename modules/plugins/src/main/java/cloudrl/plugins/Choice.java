package cloudrl.plugins;

import java.util.Map;

/**
 * The provider chosen for one plug point and the {@code key=value} parameters given to it.
 *
 * @param id         the provider's id
 * @param parameters the parameter values as text, by name
 */
public record Choice(String id, Map<String, String> parameters) {

    public Choice {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a provider id is required");
        }
        id = id.strip();
        parameters = Map.copyOf(parameters);
    }

    /** The provider {@code id} with every parameter at its default. */
    public static Choice of(String id) {
        return new Choice(id, Map.of());
    }
}
