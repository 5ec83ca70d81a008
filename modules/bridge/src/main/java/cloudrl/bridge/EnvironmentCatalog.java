package cloudrl.bridge;

import cloudrl.api.Box;
import cloudrl.api.Discrete;
import cloudrl.api.PlugPoint;
import cloudrl.api.Scenario;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.ReferenceScenario;
import cloudrl.env.Task;
import cloudrl.env.VectorEnv;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.ScenarioChoice;
import cloudrl.plugins.Selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The environments the bridge serves, by id: every scenario the catalog knows, built in or from a
 * plugin jar (and a scenario file by its path). This is the only class that enumerates ids or builds
 * an environment from one; each is built by {@link Assembly} from the scenario, with the task,
 * reward, workload and parameters the arguments override.
 *
 * <p>Arguments arrive as {@code key=value} pairs: {@code task} (easy, medium, hard), {@code reward},
 * {@code workload}, and any number of {@code param} entries written {@code point.name=value}, as
 * {@code --param} takes them on the command line.
 */
public final class EnvironmentCatalog {

    /** The id commands default to. */
    public static final String REFERENCE = ReferenceScenario.ID;

    private final Assembly assembly;

    public EnvironmentCatalog(Assembly assembly) {
        this.assembly = assembly;
    }

    /**
     * Every scenario served, built in or from a plugin, each described by the spaces of its
     * environment built with default arguments.
     */
    public List<EnvironmentEntry> entries() {
        List<EnvironmentEntry> entries = new ArrayList<>();
        for (String id : assembly.catalog().ids(PlugPoint.SCENARIO)) {
            CloudEnvironment environment = single(id, List.of());
            entries.add(entry(assembly.catalog().scenario(id), environment.observationSpace(),
                    environment.actionSpace()));
        }
        return entries;
    }

    /**
     * A single environment of scenario {@code id} built from {@code arguments}.
     *
     * @throws IllegalArgumentException naming an unknown id, argument, task, provider or parameter
     */
    public CloudEnvironment single(String id, List<Map.Entry<String, String>> arguments) {
        Arguments parsed = parse(id, arguments);
        return assembly.environment(parsed.task(), parsed.selection(), 0);
    }

    /**
     * {@code count} environments of scenario {@code id} built from {@code arguments}, stepped on
     * {@code threads} threads; each gets its own workload instance, so a stateful workload is not shared.
     *
     * @throws IllegalArgumentException as {@link #single}, or for a bad count or thread count
     */
    public VectorEnv vector(String id, int count, int threads, List<Map.Entry<String, String>> arguments) {
        Arguments parsed = parse(id, arguments);
        Task task = parsed.task();
        Selection selection = parsed.selection();
        return new VectorEnv(count, assembly.dynamics(selection),
                () -> assembly.workload(selection, task.trafficLevel(), 0), assembly.reward(selection, 0), threads);
    }

    /** The entry of the scenario {@code id} names, with the spaces of an environment built for it. */
    public EnvironmentEntry entry(String id, Box observations, Discrete actions) {
        return entry(ScenarioChoice.resolve(id, assembly.catalog()), observations, actions);
    }

    /** The entry of {@code scenario} with the spaces of an environment built for it. */
    public EnvironmentEntry entry(Scenario scenario, Box observations, Discrete actions) {
        return new EnvironmentEntry(scenario.id(), scenario.description(), observations.names(), observations.low(),
                observations.high(), actions.labels());
    }

    private record Arguments(Task task, Selection selection) {
    }

    // a policy's parameter would be taken and never used: the policy is Python's here
    private static String requireEnvironmentParameter(String param) {
        if (param.strip().startsWith(PlugPoint.POLICY.id() + ".")) {
            throw new IllegalArgumentException("param " + param + " is not allowed: the agent is on the Python side,"
                    + " so only reward., workload., actions. and fleet. parameters apply");
        }
        return param;
    }

    private Arguments parse(String id, List<Map.Entry<String, String>> arguments) {
        Scenario scenario = ScenarioChoice.resolve(id, assembly.catalog());
        Task task = Task.parse(scenario.task());
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
        Selection selection = Selection.of(scenario, null, reward, workload, params);
        // builds the parts once, so a bad id or parameter fails here
        assembly.environment(task, selection, 0);
        return new Arguments(task, selection);
    }
}
