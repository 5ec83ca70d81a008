package cloudrl.ui.swing;

import cloudrl.api.Policy;
import cloudrl.env.Task;

import java.util.Objects;
import java.util.function.Function;

/**
 * A policy the explorer plays, under the name the window shows. The factory is asked for a fresh
 * instance at the start of every episode it plays, so policies with memory start clean; it is told
 * the episode's task, because some policies (a planner) are made for one.
 *
 * @param name    what the window shows, with the parameters: {@code hpa {target=50}}
 * @param factory makes a new instance of the policy for the episode's task
 */
public record PolicyChoice(String name, Function<Task, Policy> factory) {

    public PolicyChoice {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a policy choice needs a name, got '" + name + "'");
        }
        Objects.requireNonNull(factory, "factory");
    }

    @Override
    public String toString() {
        return name;
    }
}
