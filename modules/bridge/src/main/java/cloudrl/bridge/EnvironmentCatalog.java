package cloudrl.bridge;

import cloudrl.api.Action;
import cloudrl.api.Box;
import cloudrl.api.Discrete;
import cloudrl.api.Observation;
import cloudrl.api.PlugPoint;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.Task;
import cloudrl.env.VectorEnv;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.Selection;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The environments the bridge serves, by id. This is the only class that enumerates ids or builds
 * an environment from one, so a scenario catalog can take its place without touching the protocol
 * or Python. Today it serves one id, {@code reference}: the reference service with the reward and
 * workload chosen by the arguments, built by {@link Assembly}.
 *
 * <p>Arguments arrive as {@code key=value} pairs: {@code task} (easy, medium, hard), {@code reward},
 * {@code workload}, and any number of {@code param} entries written {@code point.name=value}, as
 * {@code --param} takes them on the command line.
 */
public final class EnvironmentCatalog {

    /** The one id served today. */
    public static final String REFERENCE = "reference";

    private static final String REFERENCE_DESCRIPTION =
            "the reference service: Gaussian traffic at the task's level unless a workload is chosen, seed-shaped reward";

    private final Assembly assembly;

    public EnvironmentCatalog(Assembly assembly) {
        this.assembly = assembly;
    }

    /** Every id served, each described by the spaces of its environment built with default arguments. */
    public List<EnvironmentEntry> entries() {
        CloudEnvironment reference = single(REFERENCE, List.of());
        return List.of(entry(REFERENCE, reference.observationSpace(), reference.actionSpace()));
    }

    /**
     * A single environment {@code id} built from {@code arguments}.
     *
     * @throws IllegalArgumentException naming an unknown id, argument, task, provider or parameter
     */
    public CloudEnvironment single(String id, List<Map.Entry<String, String>> arguments) {
        Arguments parsed = parse(id, arguments);
        return assembly.environment(parsed.task(), parsed.selection(), 0);
    }

    /**
     * {@code count} environments {@code id} built from {@code arguments}, stepped on {@code threads}
     * threads; each gets its own workload instance, so a stateful workload is not shared.
     *
     * @throws IllegalArgumentException as {@link #single}, or for a bad count or thread count
     */
    public VectorEnv vector(String id, int count, int threads, List<Map.Entry<String, String>> arguments) {
        Arguments parsed = parse(id, arguments);
        Task task = parsed.task();
        Selection selection = parsed.selection();
        return new VectorEnv(count, EnvironmentConfig.defaults(),
                () -> assembly.workload(selection, task.trafficLevel(), 0), assembly.reward(selection, 0), threads);
    }

    /** The entry of {@code id} with the spaces of an environment built for it. */
    public EnvironmentEntry entry(String id, Box observations, Discrete actions) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < actions.n(); i++) {
            labels.add(Action.of(i).name());
        }
        return new EnvironmentEntry(id, REFERENCE_DESCRIPTION, featureNames(observations.dimension()),
                observations.low(), observations.high(), labels);
    }

    // The observation record's components, in the order toArray() writes them.
    private static List<String> featureNames(int dimension) {
        RecordComponent[] components = Observation.class.getRecordComponents();
        if (components.length != dimension) {
            throw new IllegalStateException("the observation has " + components.length + " components but its space "
                    + dimension + " coordinates");
        }
        return Arrays.stream(components).map(RecordComponent::getName).toList();
    }

    private record Arguments(Task task, Selection selection) {
    }

    // a policy's parameter would be taken and never used: the policy is Python's here
    private static String requireEnvironmentParameter(String param) {
        if (param.strip().startsWith(PlugPoint.POLICY.id() + ".")) {
            throw new IllegalArgumentException("param " + param + " is not allowed: the agent is on the Python side,"
                    + " so only reward. and workload. parameters apply");
        }
        return param;
    }

    private Arguments parse(String id, List<Map.Entry<String, String>> arguments) {
        if (!REFERENCE.equals(id)) {
            throw new IllegalArgumentException("unknown environment '" + id + "': choose one of " + REFERENCE);
        }
        Task task = Task.MEDIUM;
        String reward = null;
        String workload = null;
        List<String> params = new ArrayList<>();
        for (Map.Entry<String, String> argument : arguments) {
            String value = argument.getValue();
            switch (argument.getKey()) {
                case "task" -> task = Task.parse(value);
                case "reward" -> reward = value;
                case "workload" -> workload = value;
                case "param" -> params.add(requireEnvironmentParameter(value));
                default -> throw new IllegalArgumentException("unknown argument '" + argument.getKey() + "' for "
                        + id + ": allowed are task, reward, workload, params");
            }
        }
        Selection selection = Selection.of(null, reward, workload, params);
        // builds the reward and workload once, so a bad id or parameter fails here
        assembly.environment(task, selection, 0);
        return new Arguments(task, selection);
    }
}
