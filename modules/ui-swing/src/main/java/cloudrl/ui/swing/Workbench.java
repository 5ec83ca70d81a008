package cloudrl.ui.swing;

import cloudrl.api.PlugPoint;
import cloudrl.api.Policy;
import cloudrl.api.Provider;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.Task;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.PluginCatalog;
import cloudrl.plugins.Selection;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the explorer builds its episodes from: the discovered providers, the service's physics, and
 * the seed providers are created with. Every build goes through {@link Assembly}, so the window's
 * set-up is checked with exactly the messages the command line prints. Immutable; a changed plugins
 * folder gives a new workbench.
 *
 * @param catalog      the providers on offer
 * @param config       the physics and episode length of every environment in the reference scenario
 * @param providerSeed the seed rewards, workloads and policies are created with (the command line's {@code --seed})
 */
public record Workbench(PluginCatalog catalog, EnvironmentConfig config, long providerSeed) {

    public Workbench {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(config, "config");
    }

    /** The ids one plug point offers, sorted. */
    public List<String> ids(PlugPoint point) {
        return catalog.ids(point);
    }

    /**
     * The provider of {@code point} named {@code id}.
     *
     * @throws IllegalArgumentException naming the unknown id and the ids there are
     */
    public Provider provider(PlugPoint point, String id) {
        return catalog.find(point, id).provider();
    }

    /**
     * Why {@code selection} cannot be played on {@code task}, in the command line's one line; empty when
     * it can. Builds the environment and the policy for it once, as {@link Assembly#check} does.
     */
    public Optional<String> problem(Task task, Selection selection) {
        try {
            environmentAndPolicy(task, selection);
            return Optional.empty();
        } catch (RuntimeException refused) {
            // bad input and a plugin's own failure alike: the user sees the reason, nothing starts
            String message = refused.getMessage();
            return Optional.of(message == null ? refused.getClass().getSimpleName() : message.strip());
        }
    }

    /** The environment {@code selection} names for {@code task}. */
    public CloudEnvironment environment(Task task, Selection selection) {
        return environment(assembly(), task, selection);
    }

    /** Each task's environment as {@code selection} names it. */
    public Function<Task, CloudEnvironment> environments(Selection selection) {
        Assembly assembly = assembly();
        return task -> environment(assembly, task, selection);
    }

    /**
     * The reference composition plays in this workbench's physics and episode length; any other
     * scenario (or a reference with its fleet or actions changed) brings its own dynamics.
     */
    private CloudEnvironment environment(Assembly assembly, Task task, Selection selection) {
        return selection.composition().equals(Selection.defaults().composition())
                ? assembly.environment(config, task, selection, providerSeed)
                : assembly.environment(task, selection, providerSeed);
    }

    /** A new policy as {@code selection} names it, for play in {@code environment}, built for {@code task}. */
    public Policy policy(Task task, Selection selection, CloudEnvironment environment) {
        return assembly().policy(selection, providerSeed, Assembly.context(task, selection, environment));
    }

    /** The selection's policy as the explorer plays it: named with its parameters, made fresh for each episode's task. */
    public PolicyChoice policyChoice(Selection selection) {
        Assembly assembly = assembly();
        return new PolicyChoice(label(selection), task -> assembly.policy(selection, providerSeed, Assembly.context(task,
                selection, environment(assembly, task, selection))));
    }

    /** This workbench with other providers on offer. */
    public Workbench with(PluginCatalog other) {
        return new Workbench(other, config, providerSeed);
    }

    /** This workbench building environments in {@code other}. */
    public Workbench with(EnvironmentConfig other) {
        return new Workbench(catalog, other, providerSeed);
    }

    /** How the window names the selection's policy: {@code hpa {target=50}}, {@code dqn:models/easy}. */
    public static String label(Selection selection) {
        String parameters = selection.policy().parameters().isEmpty() ? "" : " " + selection.policy().parameters();
        return selection.policy().label() + parameters;
    }

    private void environmentAndPolicy(Task task, Selection selection) {
        Assembly assembly = assembly();
        CloudEnvironment environment = environment(assembly, task, selection);
        assembly.policy(selection, providerSeed, Assembly.context(task, selection, environment));
    }

    private Assembly assembly() {
        return new Assembly(catalog);
    }
}
