package cloudrl.ui.swing.compare;

import cloudrl.api.Policy;
import cloudrl.env.CloudEnvironment;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One policy in a comparison: how to build its environment (every contender gets its own, as an
 * environment is not thread-safe) and the policy for that environment.
 *
 * @param name        what the table and the legends call it
 * @param environment builds a new environment, the same set-up for every contender
 * @param policy      builds the policy for an environment
 */
public record Contender(String name, Supplier<CloudEnvironment> environment,
                        Function<CloudEnvironment, Policy> policy) {

    public Contender {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a contender needs a name");
        }
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(policy, "policy");
    }
}
