package cloudrl.plugins;

import cloudrl.api.Environment;
import cloudrl.api.PlugPoint;
import cloudrl.api.Policy;
import cloudrl.api.PolicyContext;
import cloudrl.api.PolicyProvider;
import cloudrl.api.RewardFunction;
import cloudrl.api.RewardProvider;
import cloudrl.api.TrafficLevel;
import cloudrl.api.WorkloadModel;
import cloudrl.api.WorkloadProvider;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.Task;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Builds what a {@link Selection} names from a {@link PluginCatalog}: the policy, the reward, the
 * workload at a task's level, and the environment made of them. Every unknown id, unknown parameter
 * or malformed value fails here, before an episode starts.
 *
 * <p>Each plug point gets its own seed derived from the run's seed, so a seeded policy does not
 * share its random stream with the environment.
 */
public final class Assembly {

    private final PluginCatalog catalog;

    /**
     * @throws IllegalStateException when two providers in {@code catalog} claim the same id
     */
    public Assembly(PluginCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        catalog.requireNoConflicts();
    }

    /** The catalog the providers come from. */
    public PluginCatalog catalog() {
        return catalog;
    }

    /**
     * A new policy as {@code selection} names it, created without a context: fine for policies that
     * act on observations alone, refused by those that plan for their environment (such as
     * {@code oracle}). Commands use {@link #policy(Selection, long, PolicyContext)}.
     */
    public Policy policy(Selection selection, long seed) {
        PolicyProvider provider = catalog.policy(selection.policy().id());
        return provider.create(seedFor(PlugPoint.POLICY, seed), selection.policy().parametersFor(provider));
    }

    /** A new policy as {@code selection} names it, for play in {@code context}. */
    public Policy policy(Selection selection, long seed, PolicyContext context) {
        PolicyProvider provider = catalog.policy(selection.policy().id());
        return provider.create(seedFor(PlugPoint.POLICY, seed), selection.policy().parametersFor(provider),
                Objects.requireNonNull(context, "context"));
    }

    /** A new policy as {@code selection} names it, for {@code environment}, built for {@code task} from the same selection. */
    public Policy policy(Selection selection, long seed, Task task, Environment environment) {
        return policy(selection, seed, context(task, selection, environment));
    }

    /** The context a policy for {@code environment}, built for {@code task} from {@code selection}, is created in. */
    public static PolicyContext context(Task task, Selection selection, Environment environment) {
        return new PolicyContext(environment, task.trafficLevel(), selection.workload().id());
    }

    /** A new reward function as {@code selection} names it. */
    public RewardFunction reward(Selection selection, long seed) {
        RewardProvider provider = catalog.reward(selection.reward().id());
        return provider.create(seedFor(PlugPoint.REWARD, seed), selection.reward().parametersFor(provider));
    }

    /** A new workload model at {@code traffic}'s level as {@code selection} names it. */
    public WorkloadModel workload(Selection selection, TrafficLevel traffic, long seed) {
        WorkloadProvider provider = catalog.workload(selection.workload().id());
        return provider.create(seedFor(PlugPoint.WORKLOAD, seed), traffic, selection.workload().parametersFor(provider));
    }

    /** The environment for {@code task} in the reference configuration, with the selected reward and workload. */
    public CloudEnvironment environment(Task task, Selection selection, long seed) {
        return environment(EnvironmentConfig.defaults(), task, selection, seed);
    }

    /** The environment for {@code task} in {@code config}, with the selected reward and workload. */
    public CloudEnvironment environment(EnvironmentConfig config, Task task, Selection selection, long seed) {
        return new CloudEnvironment(config, workload(selection, task.trafficLevel(), seed), reward(selection, seed));
    }

    /**
     * Creates all three once at the medium task's level, the policy for that environment, so that a
     * bad id or parameter, or a policy that cannot serve the environment, is reported before any output.
     */
    public void check(Selection selection) {
        check(selection, List.of(Task.MEDIUM));
    }

    /**
     * As {@link #check(Selection)}, on each task that will be played, so a policy that serves some
     * tasks only (a trained model kept per task) is asked about those it will meet, and a model
     * trained on the task it plays is not warned about as if it were played elsewhere.
     */
    public void check(Selection selection, List<Task> tasks) {
        for (Task task : tasks) {
            CloudEnvironment environment = environment(task, selection, 0);
            policy(selection, 0, task, environment);
        }
    }

    /** The seed {@code point}'s provider receives in a run seeded {@code seed}. */
    public static long seedFor(PlugPoint point, long seed) {
        SplittableRandom derived = new SplittableRandom(seed).split();
        long value = derived.nextLong();
        for (int i = 0; i < point.ordinal(); i++) {
            value = derived.nextLong();
        }
        return value;
    }
}
