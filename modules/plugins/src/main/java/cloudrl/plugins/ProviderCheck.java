package cloudrl.plugins;

import cloudrl.api.Parameter;
import cloudrl.api.Provider;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What every provider must declare well before CloudRL lists or uses it. */
final class ProviderCheck {

    private ProviderCheck() {
    }

    /**
     * Checks the id, description and parameters {@code provider} declares.
     *
     * @return a one-line problem, or {@code null} when there is none
     */
    static String problem(Provider provider) {
        String name = provider.getClass().getName();
        String id = provider.id();
        if (id == null || !id.matches(Provider.ID_PATTERN)) {
            return "provider " + name + " has the id '" + id
                    + "': an id must be lower-case letters and digits with inner dashes, such as my-policy";
        }
        String description = provider.description();
        if (description == null || description.isBlank() || description.lines().count() > 1) {
            return "provider " + name + " (" + id + ") needs a one-line description";
        }
        if (provider.plugPoint() == null) {
            return "provider " + name + " (" + id + ") names no plug point";
        }
        List<Parameter> parameters = provider.parameters();
        if (parameters == null) {
            return "provider " + name + " (" + id + ") returns null parameters; return an empty list instead";
        }
        Set<String> names = new HashSet<>();
        for (Parameter parameter : parameters) {
            if (parameter == null || !names.add(parameter.name())) {
                return "provider " + name + " (" + id + ") declares a null or repeated parameter"
                        + (parameter == null ? "" : " '" + parameter.name() + "'");
            }
        }
        return null;
    }
}
