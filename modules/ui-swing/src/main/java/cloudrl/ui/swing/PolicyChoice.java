package cloudrl.ui.swing;

import cloudrl.api.Policy;
import cloudrl.env.Task;
import cloudrl.policy.ThresholdPolicy;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A policy the explorer offers to play, under the name its selector shows. The factory is asked for
 * a fresh instance at the start of every episode it plays, so policies with memory start clean; it
 * is told the episode's task, because some policies (a planner) are made for one.
 *
 * @param name    what the selector shows; unique among the choices of one window
 * @param factory makes a new instance of the policy for the episode's task
 */
public record PolicyChoice(String name, Function<Task, Policy> factory) {

    public PolicyChoice {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a policy choice needs a name, got '" + name + "'");
        }
        Objects.requireNonNull(factory, "factory");
    }

    /** The reference heuristic: scale up above 70 % CPU, down below 40 %. */
    public static PolicyChoice thresholdHeuristic() {
        return new PolicyChoice("threshold heuristic (40/70 % CPU)", task -> ThresholdPolicy.defaults());
    }

    /** The policies built into CloudRL; discovered plugin policies can be appended to this list. */
    public static List<PolicyChoice> builtIn() {
        return List.of(thresholdHeuristic());
    }

    @Override
    public String toString() {
        return name;
    }
}
