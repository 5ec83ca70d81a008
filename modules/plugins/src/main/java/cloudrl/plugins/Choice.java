package cloudrl.plugins;

import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.Part;
import cloudrl.api.PlugPoint;
import cloudrl.api.Provider;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The provider chosen for one plug point and the {@code key=value} parameters given to it.
 *
 * <p>A choice may be written {@code ID:VALUE}, such as {@code dqn:models/easy}: the value then goes to
 * the provider's <em>first declared parameter</em>, exactly as if it had been given with
 * {@code --param}. Ids cannot hold a colon, so the first colon always ends the id.
 *
 * @param id         the provider's id
 * @param parameters the parameter values as text, by name
 * @param value      the value after the colon of an {@code ID:VALUE} choice, or {@code null} for a bare id
 */
public record Choice(String id, Map<String, String> parameters, String value) {

    public Choice {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a provider id is required");
        }
        id = id.strip();
        parameters = Map.copyOf(parameters);
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException("the value after '" + id + ":' is empty: write " + id
                    + ":VALUE, or " + id + " alone");
        }
    }

    /** A bare id with {@code parameters}. */
    public Choice(String id, Map<String, String> parameters) {
        this(id, parameters, null);
    }

    /** The provider {@code id} with every parameter at its default. */
    public static Choice of(String id) {
        return new Choice(id, Map.of());
    }

    /**
     * The choice written {@code text} for {@code point}: a bare id, or {@code ID:VALUE}.
     *
     * @throws IllegalArgumentException when the id or the value around the colon is empty
     */
    public static Choice parse(PlugPoint point, String text, Map<String, String> parameters) {
        String written = text == null ? "" : text.strip();
        int colon = written.indexOf(':');
        if (colon < 0) {
            if (written.isEmpty()) {
                throw new IllegalArgumentException("an empty " + point.id() + " is not allowed: give a " + point.id()
                        + " id (see 'cloudrl plugins')");
            }
            return new Choice(written, parameters);
        }
        String id = written.substring(0, colon).strip();
        String value = written.substring(colon + 1).strip();
        if (id.isEmpty() || value.isEmpty()) {
            throw new IllegalArgumentException(point.id() + " '" + written + "' is not allowed: write ID or ID:VALUE,"
                    + " with the value for the " + point.id() + "'s first parameter after the colon, such as"
                    + " dqn:models/easy");
        }
        return new Choice(id, parameters, value);
    }

    /** The scenario part {@code part} with {@code overrides} replacing or adding to its parameters. */
    public static Choice merged(Part part, Map<String, String> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(part.parameters());
        merged.putAll(overrides);
        return new Choice(part.id(), merged);
    }

    /** The choice as written: {@code ID} or {@code ID:VALUE}. */
    public String label() {
        return value == null ? id : id + ":" + value;
    }

    /**
     * The parameters for {@code provider}, with an {@code ID:VALUE} value given to its first declared
     * parameter.
     *
     * @throws IllegalArgumentException when the provider takes no parameters, when the same parameter is
     *                                  also given by name, or for an unknown parameter name
     */
    public Parameters parametersFor(Provider provider) {
        if (value == null) {
            return Parameters.of(provider, parameters);
        }
        String owner = provider.plugPoint().id() + " " + provider.id();
        if (provider.parameters().isEmpty()) {
            throw new IllegalArgumentException(owner + " takes no parameters, so '" + label()
                    + "' has nothing to set: write " + provider.id() + " alone");
        }
        Parameter first = provider.parameters().get(0);
        if (parameters.containsKey(first.name())) {
            throw new IllegalArgumentException("'" + label() + "' sets " + first.name() + " of " + owner
                    + " and --param " + provider.plugPoint().id() + "." + first.name() + " sets it again: give it once");
        }
        Map<String, String> merged = new LinkedHashMap<>(parameters);
        merged.put(first.name(), value);
        return Parameters.of(provider, merged);
    }
}
