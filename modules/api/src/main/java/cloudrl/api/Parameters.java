package cloudrl.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code key=value} parameters a user gave one provider, checked against the parameters it
 * declares: an unknown key is rejected when the value is built, and every read falls back to the
 * declared default. The typed readers reject malformed and out-of-range values with one line naming
 * the owner, the key, the value and what is allowed.
 *
 * @param owner    who the parameters are for, as messages name it, such as {@code workload diurnal}
 * @param declared the parameters the provider accepts
 * @param given    the values the user gave, by parameter name
 */
public record Parameters(String owner, List<Parameter> declared, Map<String, String> given) {

    public Parameters {
        declared = List.copyOf(declared);
        given = Map.copyOf(given);
        for (String key : given.keySet()) {
            if (declared.stream().noneMatch(parameter -> parameter.name().equals(key))) {
                throw new IllegalArgumentException("unknown parameter '" + key + "' for " + owner + ": "
                        + allowed(declared));
            }
        }
    }

    /** The values {@code given} for {@code provider}, named after its plug point and id. */
    public static Parameters of(Provider provider, Map<String, String> given) {
        return new Parameters(provider.plugPoint().id() + " " + provider.id(), provider.parameters(), given);
    }

    /** Every parameter of {@code provider} at its default. */
    public static Parameters defaults(Provider provider) {
        return of(provider, Map.of());
    }

    /** Whether the user gave a value for {@code name}. */
    public boolean isGiven(String name) {
        return given.containsKey(name);
    }

    /** The value of {@code name} as text: the user's, or the declared default. */
    public String text(String name) {
        String value = given.get(name);
        return value != null ? value : find(name).defaultValue();
    }

    /**
     * The value of {@code name} as a finite number in [{@code low}, {@code high}].
     *
     * @throws IllegalArgumentException when it is not a number or out of range
     */
    public double number(String name, double low, double high) {
        return number(name, low, true, high, true);
    }

    /**
     * The value of {@code name} as a finite number in ({@code low}, {@code high}]: above {@code low}.
     *
     * @throws IllegalArgumentException when it is not a number or out of range, naming that range
     */
    public double numberAbove(String name, double low, double high) {
        return number(name, low, false, high, true);
    }

    /**
     * The value of {@code name} as a finite number in [{@code low}, {@code high}): below {@code high}.
     *
     * @throws IllegalArgumentException when it is not a number or out of range, naming that range
     */
    public double numberBelow(String name, double low, double high) {
        return number(name, low, true, high, false);
    }

    // one reader for every kind of interval, so the message always states the interval checked
    private double number(String name, double low, boolean lowIncluded, double high, boolean highIncluded) {
        String text = text(name).strip();
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException notNumber) {
            value = Double.NaN;
        }
        boolean aboveLow = lowIncluded ? value >= low : value > low;
        boolean belowHigh = highIncluded ? value <= high : value < high;
        if (!(aboveLow && belowHigh)) {
            throw rejected(name, text, "must be a number in " + (lowIncluded ? "[" : "(") + plain(low) + ", "
                    + plain(high) + (highIncluded ? "]" : ")"));
        }
        return value;
    }

    /**
     * The value of {@code name} as a whole number in [{@code low}, {@code high}].
     *
     * @throws IllegalArgumentException when it is not a whole number or out of range
     */
    public int integer(String name, int low, int high) {
        String text = text(name).strip();
        try {
            int value = Integer.parseInt(text);
            if (value >= low && value <= high) {
                return value;
            }
        } catch (NumberFormatException notInteger) {
            // reported below with the range
        }
        throw rejected(name, text, "must be a whole number in [" + low + ", " + high + "]");
    }

    /**
     * The value of {@code name} as {@code true} or {@code false}, ignoring case.
     *
     * @throws IllegalArgumentException for anything else
     */
    public boolean flag(String name) {
        String text = text(name).strip();
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw rejected(name, text, "must be true or false");
    }

    /**
     * An exception for a value of {@code name} that the provider cannot use, in the same form as
     * the typed readers' messages.
     */
    public IllegalArgumentException rejected(String name, String value, String allowed) {
        return new IllegalArgumentException(owner + ": " + name + "=" + value + " is not allowed: " + allowed);
    }

    /** The values as they will be used, declared order, defaults filled in. */
    public Map<String, String> effective() {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter parameter : declared) {
            values.put(parameter.name(), text(parameter.name()));
        }
        return values;
    }

    private Parameter find(String name) {
        for (Parameter parameter : declared) {
            if (parameter.name().equals(name)) {
                return parameter;
            }
        }
        throw new IllegalArgumentException(owner + " declares no parameter '" + name + "': " + allowed(declared));
    }

    private static String allowed(List<Parameter> declared) {
        return declared.isEmpty() ? "it takes no parameters"
                : "allowed are " + declared.stream().map(Parameter::name).collect(Collectors.joining(", "));
    }

    // as the parameters' descriptions write bounds: 100, 0.5, 1e6 (not 1000000)
    private static String plain(double bound) {
        if (bound == Math.rint(bound) && Math.abs(bound) < 1e6) {
            return Long.toString((long) bound);
        }
        if (bound == Math.rint(bound) && Math.abs(bound) < 1e300) {
            return new BigDecimal(Double.toString(bound)).stripTrailingZeros().toString().replace("E+", "e");
        }
        return Double.toString(bound);
    }
}
