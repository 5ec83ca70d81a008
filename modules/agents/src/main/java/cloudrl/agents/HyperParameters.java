package cloudrl.agents;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The hyper-parameter values one training run uses: every one the agent declares, each checked
 * against its range.
 *
 * @param agent  the agent they configure
 * @param values value by name, in the agent's declared order
 */
public record HyperParameters(AgentKind agent, Map<String, Double> values) {

    public HyperParameters {
        Map<String, Double> checked = new LinkedHashMap<>();
        for (HyperParameter parameter : agent.hyperParameters()) {
            Double value = values.get(parameter.name());
            if (value == null) {
                throw new IllegalArgumentException("hyper-parameter " + parameter.name() + " of " + agent.id()
                        + " has no value");
            }
            checked.put(parameter.name(), parameter.parse(HyperParameter.format(value)));
        }
        for (String name : values.keySet()) {
            if (!checked.containsKey(name)) {
                throw unknown(agent, name);
            }
        }
        values = Collections.unmodifiableMap(checked);
    }

    /** Every hyper-parameter of {@code agent} at its default. */
    public static HyperParameters defaults(AgentKind agent) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (HyperParameter parameter : agent.hyperParameters()) {
            values.put(parameter.name(), parameter.defaultValue());
        }
        return new HyperParameters(agent, values);
    }

    /**
     * These values with {@code assignments}, each {@code name=value}, applied in order.
     *
     * @throws IllegalArgumentException naming a malformed assignment, an unknown name or a value out of range
     */
    public HyperParameters with(List<String> assignments) {
        Map<String, Double> changed = new LinkedHashMap<>(values);
        Set<String> given = new HashSet<>();
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("--hyper " + assignment + " is not allowed: write name=value,"
                        + " such as learningRate=0.001");
            }
            String name = assignment.substring(0, equals).strip();
            HyperParameter parameter = agent.hyperParameters().stream().filter(p -> p.name().equals(name))
                    .findFirst().orElseThrow(() -> unknown(agent, name));
            // as a repeated --param is refused: the last one winning silently hides a typo
            if (!given.add(name)) {
                throw new IllegalArgumentException("--hyper " + name + " is given twice: give it once");
            }
            changed.put(name, parameter.parse(assignment.substring(equals + 1)));
        }
        return new HyperParameters(agent, changed);
    }

    /** The value of {@code name}. */
    public double number(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw unknown(agent, name);
        }
        return value;
    }

    /** The value of {@code name}, a whole number. */
    public int whole(String name) {
        return (int) number(name);
    }

    /** The values as text, by name, in declared order. */
    public Map<String, String> asText() {
        Map<String, String> text = new LinkedHashMap<>();
        values.forEach((name, value) -> text.put(name, HyperParameter.format(value)));
        return text;
    }

    private static IllegalArgumentException unknown(AgentKind agent, String name) {
        return new IllegalArgumentException("unknown hyper-parameter '" + name + "' for " + agent.id() + ": allowed are "
                + agent.hyperParameters().stream().map(HyperParameter::name).collect(Collectors.joining(", ")));
    }
}
