package cloudrl.api;

import java.util.List;
import java.util.Objects;

/**
 * An autoscaling problem as a named composition of parts: the traffic, the action scheme, the fleet
 * model, the reward, the constraints, the extra observation features, the episode length and the
 * initial fleet. Built-in scenarios come from {@link ScenarioProvider}s; a plain JSON file composes
 * the same parts without Java.
 *
 * @param id             lower-case id, as {@link Provider#ID_PATTERN}
 * @param description    one line: what it models and why it is hard
 * @param workload       the traffic model
 * @param task           the default traffic level: {@code easy}, {@code medium} or {@code hard}
 * @param actions        the action scheme
 * @param fleet          the fleet model
 * @param reward         the reward function
 * @param constraints    the constraints, in the order they are asked
 * @param features       the observation features after the reference four, in order
 * @param maxSteps       steps per episode, in [1, 10_000_000]
 * @param initialServers serving servers of each type at reset, one entry per fleet type
 */
public record Scenario(String id, String description, Part workload, String task, Part actions, Part fleet,
                       Part reward, List<Part> constraints, List<Part> features, int maxSteps,
                       List<Integer> initialServers) {

    public Scenario {
        if (id == null || !id.matches(Provider.ID_PATTERN)) {
            throw new IllegalArgumentException("scenario id '" + id
                    + "' is not allowed: lower-case letters, digits and inner dashes, starting with a letter");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("scenario " + id + " needs a description");
        }
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(fleet, "fleet");
        Objects.requireNonNull(reward, "reward");
        if (!List.of("easy", "medium", "hard").contains(task)) {
            throw new IllegalArgumentException("scenario " + id + ": task '" + task
                    + "' is not allowed: must be easy, medium or hard");
        }
        constraints = List.copyOf(constraints);
        features = List.copyOf(features);
        initialServers = List.copyOf(initialServers);
        if (maxSteps < 1 || maxSteps > 10_000_000) {
            throw new IllegalArgumentException("scenario " + id + ": maxSteps " + maxSteps
                    + " is not allowed: must be between 1 and 10000000");
        }
        if (initialServers.isEmpty() || initialServers.stream().anyMatch(n -> n < 0)
                || initialServers.stream().mapToInt(Integer::intValue).sum() < 1) {
            throw new IllegalArgumentException("scenario " + id + ": initialServers " + initialServers
                    + " is not allowed: one count per server type, none negative, at least one server in all");
        }
    }
}
