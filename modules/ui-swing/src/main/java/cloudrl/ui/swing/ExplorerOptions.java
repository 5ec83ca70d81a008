package cloudrl.ui.swing;

import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.prefs.Preferences;

/**
 * How the explorer window starts.
 *
 * @param task        the task of the first episode
 * @param seed        the seed of the first episode
 * @param policies    the policies offered for playing, in selector order; at least one, names unique
 * @param preferences  where the window remembers its size and theme
 * @param environments makes the environment of each task: the reference one, or one with the
 *                     reward and workload chosen on the command line
 */
public record ExplorerOptions(Task task, long seed, List<PolicyChoice> policies, Preferences preferences,
                              Function<Task, CloudEnvironment> environments) {

    public ExplorerOptions {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(environments, "environments");
        policies = List.copyOf(policies);
        if (policies.isEmpty()) {
            throw new IllegalArgumentException("the explorer needs at least one policy to offer, got none");
        }
        Set<String> names = new HashSet<>();
        for (PolicyChoice choice : policies) {
            if (!names.add(choice.name())) {
                throw new IllegalArgumentException("two policies are named '" + choice.name()
                        + "': policy names must be unique");
            }
        }
    }

    /** Task medium, seed 0, the built-in policies, preferences stored for this user. */
    public static ExplorerOptions defaults() {
        return new ExplorerOptions(Task.MEDIUM, 0, PolicyChoice.builtIn(),
                Preferences.userNodeForPackage(ExplorerOptions.class), CloudEnvironment::of);
    }

    /** These options with another first task and seed. */
    public ExplorerOptions startingWith(Task firstTask, long firstSeed) {
        return new ExplorerOptions(firstTask, firstSeed, policies, preferences, environments);
    }

    /** These options with other policies on offer. */
    public ExplorerOptions withPolicies(List<PolicyChoice> choices) {
        return new ExplorerOptions(task, seed, choices, preferences, environments);
    }

    /** These options remembering size and theme in {@code node}. */
    public ExplorerOptions withPreferences(Preferences node) {
        return new ExplorerOptions(task, seed, policies, node, environments);
    }

    /** These options building each task's environment with {@code factory}. */
    public ExplorerOptions withEnvironments(Function<Task, CloudEnvironment> factory) {
        return new ExplorerOptions(task, seed, policies, preferences, factory);
    }
}
