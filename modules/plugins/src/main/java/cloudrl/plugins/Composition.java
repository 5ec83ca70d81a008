package cloudrl.plugins;

import cloudrl.api.Scenario;

import java.util.List;
import java.util.Objects;

/**
 * The parts of a scenario besides the policy, reward and workload (which {@link Selection} holds
 * as choices the command line can override): the action scheme, the fleet model, the constraints,
 * the observation features, the default task, the episode length and the initial fleet.
 *
 * @param scenario       the scenario's id, or the file it came from
 * @param description    the scenario's one-line description
 * @param task           the task the scenario defaults to
 * @param actions        the action scheme
 * @param fleet          the fleet model
 * @param constraints    the constraints, in order
 * @param features       the extra observation features, in order
 * @param maxSteps       steps per episode
 * @param initialServers serving servers per fleet type at reset
 */
public record Composition(String scenario, String description, String task, Choice actions, Choice fleet,
                          List<Choice> constraints, List<Choice> features, int maxSteps, List<Integer> initialServers) {

    public Composition {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(fleet, "fleet");
        constraints = List.copyOf(constraints);
        features = List.copyOf(features);
        initialServers = List.copyOf(initialServers);
    }

    /** The composition of {@code scenario}, its action and fleet parameters merged with {@code actions} and {@code fleet} overrides. */
    static Composition of(Scenario scenario, java.util.Map<String, String> actions, java.util.Map<String, String> fleet) {
        return new Composition(scenario.id(), scenario.description(), scenario.task(),
                Choice.merged(scenario.actions(), actions), Choice.merged(scenario.fleet(), fleet),
                scenario.constraints().stream().map(part -> Choice.merged(part, java.util.Map.of())).toList(),
                scenario.features().stream().map(part -> Choice.merged(part, java.util.Map.of())).toList(),
                scenario.maxSteps(), scenario.initialServers());
    }
}
