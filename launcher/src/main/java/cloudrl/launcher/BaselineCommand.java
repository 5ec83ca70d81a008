package cloudrl.launcher;

import cloudrl.plugins.Assembly;
import cloudrl.plugins.PluginDiscovery;
import cloudrl.plugins.Selection;
import picocli.CommandLine.Command;

import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Evaluates the reference heuristic over many seeded episodes per task: {@code evaluate --policy
 * threshold} in the reference scenario (or a built-in one named by {@code --scenario}), from the
 * built-ins alone, so no plugin can change its figures.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Run the threshold heuristic (scale up above 70 %% CPU, down below 40 %%) over many"
                + " seeded episodes and summarise each task with 95 %% confidence intervals."
                + " The same as 'evaluate --policy threshold'.")
final class BaselineCommand implements Runnable {

    static final String POLICY_ID = Selection.DEFAULT_POLICY;

    @Spec
    CommandSpec spec;

    @Mixin
    EpisodeOptions episodeOptions;

    @Mixin
    ScenarioOption scenarioOption;

    @Option(names = "--json", description = "one JSON object per task, one per line")
    boolean json;

    @Override
    public void run() {
        Assembly assembly = new Assembly(PluginDiscovery.builtIns());
        Selection selection = Selection.of(scenarioOption.resolve(assembly.catalog()), null, null, null, List.of());
        EvaluateCommand.evaluate(spec, assembly, selection,
                episodeOptions.task, episodeOptions.episodes(), episodeOptions.seed, json);
    }
}
