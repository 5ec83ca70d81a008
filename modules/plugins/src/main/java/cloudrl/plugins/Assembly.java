package cloudrl.plugins;

import cloudrl.api.Environment;
import cloudrl.api.Parameters;
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

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Builds what a {@link Selection} names from a {@link PluginCatalog}: the policy, the reward, the
 * workload at a task's level, and the environment made of them. Every unknown id, unknown parameter
 * or malformed value fails here, before an episode starts.
 *
 * <p>Each plug point gets its own seed derived from the run's seed, so a seeded policy does not
 * share its random stream with the environment.
 *
 * <p>What a provider from a plugin jar creates comes back guarded: every call is checked (an
 * exception, a null action, a negative request rate or a reward outside [0, 1] becomes a
 * {@link PluginFailure} naming the plugin, its jar and the episode's step and seed) and timed by the
 * {@link PluginWatchdog}. Built-in providers' instances are returned as they are.
 */
public final class Assembly {

    private final PluginCatalog catalog;
    private final PluginWatchdog watchdog;

    /**
     * An assembly whose plugin calls may each take {@link PluginWatchdog#DEFAULT_LIMIT}; an overdue call
     * is logged. An id claimed twice in {@code catalog} is refused only when a selection asks for it.
     */
    public Assembly(PluginCatalog catalog) {
        this(catalog, PluginWatchdog.logging(PluginWatchdog.DEFAULT_LIMIT));
    }

    /** An assembly whose plugins' calls {@code watchdog} times. */
    public Assembly(PluginCatalog catalog, PluginWatchdog watchdog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.watchdog = Objects.requireNonNull(watchdog, "watchdog");
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
        FoundProvider found = catalog.find(PlugPoint.POLICY, selection.policy().id());
        PolicyProvider provider = (PolicyProvider) found.provider();
        Parameters parameters = selection.policy().parametersFor(provider);
        return guarded(found, () -> provider.create(seedFor(PlugPoint.POLICY, seed), parameters));
    }

    /** A new policy as {@code selection} names it, for play in {@code context}. */
    public Policy policy(Selection selection, long seed, PolicyContext context) {
        Objects.requireNonNull(context, "context");
        FoundProvider found = catalog.find(PlugPoint.POLICY, selection.policy().id());
        PolicyProvider provider = (PolicyProvider) found.provider();
        Parameters parameters = selection.policy().parametersFor(provider);
        return guarded(found, () -> provider.create(seedFor(PlugPoint.POLICY, seed), parameters, context));
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
        FoundProvider found = catalog.find(PlugPoint.REWARD, selection.reward().id());
        RewardProvider provider = (RewardProvider) found.provider();
        Parameters parameters = selection.reward().parametersFor(provider);
        return guarded(found, () -> provider.create(seedFor(PlugPoint.REWARD, seed), parameters));
    }

    /** A new workload model at {@code traffic}'s level as {@code selection} names it. */
    public WorkloadModel workload(Selection selection, TrafficLevel traffic, long seed) {
        FoundProvider found = catalog.find(PlugPoint.WORKLOAD, selection.workload().id());
        WorkloadProvider provider = (WorkloadProvider) found.provider();
        Parameters parameters = selection.workload().parametersFor(provider);
        return guarded(found, () -> provider.create(seedFor(PlugPoint.WORKLOAD, seed), traffic, parameters));
    }

    /**
     * What {@code create} makes, guarded when {@code found} is a plugin. A plugin's {@code create} may
     * reject a parameter with an {@link IllegalArgumentException} (bad input); anything else it throws,
     * or a null, is the plugin's failure.
     */
    @SuppressWarnings("unchecked")
    private <T> T guarded(FoundProvider found, Supplier<T> create) {
        if (found.source().builtIn()) {
            return create.get();
        }
        T made;
        try {
            made = create.get();
        } catch (IllegalArgumentException rejected) {
            throw rejected;
        } catch (RuntimeException | LinkageError | StackOverflowError thrown) {
            throw PluginGuard.creationFailed(found, thrown);
        }
        if (made == null) {
            throw PluginGuard.createdNothing(found);
        }
        PluginGuard guard = new PluginGuard(found, watchdog);
        return (T) switch (found.plugPoint()) {
            case POLICY -> new GuardedPolicy((Policy) made, guard);
            case REWARD -> new GuardedReward((RewardFunction) made, guard);
            case WORKLOAD -> GuardedWorkload.of((WorkloadModel) made, guard);
            // the dynamics' parts are called by the core, which names the scenario on failure
            default -> made;
        };
    }

    /**
     * The workload's parameters as the run uses them, declared order, defaults filled in, so that a
     * report can state them (a trace's split, say); empty for a workload without parameters.
     */
    public java.util.Map<String, String> workloadParameters(Selection selection) {
        WorkloadProvider provider = catalog.workload(selection.workload().id());
        return selection.workload().parametersFor(provider).effective();
    }

    /** The parameter by which a trace workload chooses its time-ordered part (train, test or all). */
    public static final String SPLIT = "split";

    /**
     * {@code selection} replaying the {@code split} part of its trace, unless it already names a split:
     * evaluation judges on {@code test}, training learns on {@code train}. The default applies to a
     * workload that declares a {@value #SPLIT} parameter and whose part is long enough for an episode
     * of the scenario; otherwise (the bundled 288-row {@code trace} sample, whose test part of 72 rows
     * is shorter than an episode, or a short file of the user's) the workload's own default stands,
     * which the reports state with the other workload parameters.
     */
    public Selection withDefaultSplit(Selection selection, String split) {
        Choice workload = selection.workload();
        java.util.List<cloudrl.api.Parameter> declared = catalog.workload(workload.id()).parameters();
        boolean splits = declared.stream().anyMatch(parameter -> parameter.name().equals(SPLIT));
        // ID:VALUE sets the first declared parameter, which may be the split
        boolean named = workload.parameters().containsKey(SPLIT)
                || workload.value() != null && declared.get(0).name().equals(SPLIT);
        if (!splits || named) {
            return selection;
        }
        java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>(workload.parameters());
        parameters.put(SPLIT, split);
        Selection chosen = new Selection(selection.policy(), selection.reward(),
                new Choice(workload.id(), parameters, workload.value()), selection.composition());
        try {
            // building the workload for the scenario's episodes is what says whether the part fits
            new CloudEnvironment(dynamics(chosen), workload(chosen, Task.parse(selection.composition().task())
                    .trafficLevel(), 0), reward(chosen, 0));
        } catch (IllegalArgumentException tooShort) {
            return selection;
        }
        return chosen;
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
     * Creates all three once at the scenario's own task, the policy for that environment, so that a
     * bad id or parameter, or a policy that cannot serve the environment, is reported before any output.
     */
    public void check(Selection selection) {
        check(selection, List.of(Task.parse(selection.composition().task())));
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
