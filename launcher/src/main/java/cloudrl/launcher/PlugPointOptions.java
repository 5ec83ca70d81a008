package cloudrl.launcher;

import cloudrl.api.Scenario;
import cloudrl.env.ReferenceScenario;
import cloudrl.env.Task;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.Selection;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The options that choose what a run plugs in, as a picocli mixin: {@code --policy}, {@code --reward},
 * {@code --workload}, repeatable {@code --param plugpoint.name=value}, {@code --plugins DIR} and
 * {@code --plugin-timeout SECONDS}.
 * A command that plays episodes adds {@code @Mixin PlugPointOptions plugPoints;} and builds its
 * pieces with {@link #assembly(PrintWriter, List)} and {@link #selection()}.
 */
final class PlugPointOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--policy", paramLabel = "ID",
            description = "policy to play (default: " + Selection.DEFAULT_POLICY + "; ID:VALUE sets its first"
                    + " parameter, as dqn:DIR; see 'cloudrl plugins')")
    String policy;

    @Option(names = "--reward", paramLabel = "ID",
            description = "reward function (default: " + Selection.DEFAULT_REWARD + ")")
    String reward;

    @Option(names = "--workload", paramLabel = "ID",
            description = "traffic model (default: " + Selection.DEFAULT_WORKLOAD + ")")
    String workload;

    @Option(names = "--param", paramLabel = "POINT.NAME=VALUE",
            description = "a parameter for the chosen policy, reward or workload, repeatable:"
                    + " policy.target=50, reward.slo=30, workload.period=24")
    List<String> params = new ArrayList<>();

    @Mixin
    PluginsOption plugins;

    @Mixin
    ScenarioOption scenarioOption;

    @Mixin
    PluginTimeoutOption timeout;

    private Scenario scenario = ReferenceScenario.scenario();

    /** The trace split a command replays unless told otherwise ({@link Assembly#withDefaultSplit}); none: the workload's. */
    private String defaultSplit;

    private Selection resolved;

    /** Makes trace workloads replay {@code split} unless a parameter names one; call before {@link #assembly}. */
    void defaultSplit(String split) {
        this.defaultSplit = split;
    }

    /** The chosen scenario, ids and parameters (the scenario as {@link #assembly} resolved it). */
    Selection selection() {
        return resolved != null ? resolved : Selection.of(scenario, policy, reward, workload, params);
    }

    /** The task to play when {@code --task} is absent: the scenario's. */
    Task defaultTask() {
        return Task.parse(scenario.task());
    }

    /**
     * Discovers the providers (warning about skipped jars on {@code err}) and checks that the
     * selection can be built for each of the {@code tasks} to be played, so a bad id or parameter
     * fails before any output.
     */
    Assembly assembly(PrintWriter err, List<Task> tasks) {
        Assembly assembly = timeout.assembly(mixee, plugins.discover(err));
        scenario = scenarioOption.resolve(assembly.catalog());
        Selection chosen = Selection.of(scenario, policy, reward, workload, params);
        resolved = defaultSplit == null ? chosen : assembly.withDefaultSplit(chosen, defaultSplit);
        assembly.check(resolved, tasks == null ? List.of(defaultTask()) : tasks);
        return assembly;
    }

    /** Whether anything but the reference scenario, reward and workload is chosen. */
    boolean customEnvironment() {
        Selection selection = selection();
        return !scenario.id().equals(ReferenceScenario.ID) || !selection.reward().equals(Selection.defaults().reward())
                || !selection.workload().equals(Selection.defaults().workload());
    }
}
