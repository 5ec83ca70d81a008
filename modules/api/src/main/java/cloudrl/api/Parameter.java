package cloudrl.api;

/**
 * One parameter a provider accepts, as {@code cloudrl plugins} lists it.
 *
 * @param name         camelCase name users give it by, such as {@code period}
 * @param defaultValue the value used when the user gives none, as text
 * @param description  one line: what it means, its unit and allowed range
 */
public record Parameter(String name, String defaultValue, String description) {

    /** A letter, then letters and digits: what {@link #name()} must match. */
    public static final String NAME_PATTERN = "[a-z][A-Za-z0-9]*";

    public Parameter {
        if (name == null || !name.matches(NAME_PATTERN)) {
            throw new IllegalArgumentException("parameter name '" + name
                    + "' is not allowed: must be a lower-case letter followed by letters and digits");
        }
        if (defaultValue == null) {
            throw new IllegalArgumentException("parameter " + name + " needs a default value");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("parameter " + name + " needs a description");
        }
    }
}
