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
import cloudrl.env.FleetDynamics;
import cloudrl.env.Task;

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

    /** Builds from {@code catalog}; an id claimed twice there is refused only when a selection asks for it. */
    public Assembly(PluginCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
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
        if (environment instanceof CloudEnvironment cloud) {
            return cloud.context(task.trafficLevel(), selection.workload().id(), selection.scenario());
        }
        FleetDynamics reference = FleetDynamics.reference(EnvironmentConfig.defaults());
        return new PolicyContext(environment, task.trafficLevel(), selection.workload().id(), selection.scenario(),
                reference.scheme(), reference.fleet());
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

    /** The environment for {@code task} as {@code selection} composes it: its dynamics, reward and workload. */
    public CloudEnvironment environment(Task task, Selection selection, long seed) {
        return new CloudEnvironment(dynamics(selection), workload(selection, task.trafficLevel(), seed),
                reward(selection, seed));
    }

    /**
     * The environment for {@code task} under {@code config} in the reference dynamics, with the
     * selected reward and workload; for callers that set the physics themselves.
     */
    public CloudEnvironment environment(EnvironmentConfig config, Task task, Selection selection, long seed) {
        return new CloudEnvironment(config, workload(selection, task.trafficLevel(), seed), reward(selection, seed));
    }

    /**
     * The step rule {@code selection}'s composition describes: its fleet, action scheme, constraints
     * and features on the reference physics, with its episode length and initial fleet.
     *
     * @throws IllegalArgumentException naming an unknown part, a bad parameter or parts that do not fit together
     */
    public FleetDynamics dynamics(Selection selection) {
        return new DynamicsAssembly(catalog).dynamics(selection.composition());
    }

    /**
     * Creates all three once at the medium task's level, the policy for that environment, so that a
     * bad id or parameter, or a policy that cannot serve the environment, is reported before any output.
     */
    public void check(Selection selection) {
        Task task = Task.parse(selection.composition().task());
        CloudEnvironment environment = environment(task, selection, 0);
        policy(selection, 0, task, environment);
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
