package cloudrl.launcher;

import cloudrl.env.Task;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.PluginDiscovery;
import cloudrl.plugins.Selection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Evaluates the reference heuristic over many seeded episodes per task: {@code evaluate --policy
 * threshold} with the reference reward and traffic, from the built-ins alone, so no plugin can
 * change its figures.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Run the threshold heuristic (scale up above 70 %% CPU, down below 40 %%) over many"
                + " seeded episodes and summarise each task with 95 %% confidence intervals."
                + " The same as 'evaluate --policy threshold'.")
final class BaselineCommand implements Runnable {

    static final String POLICY_ID = Selection.DEFAULT_POLICY;

    @Spec
    CommandSpec spec;

    @Option(names = "--task", converter = TaskConverter.class, paramLabel = "TASK",
            description = "easy, medium or hard (default: all three)")
    Task task;

    @Option(names = "--episodes", defaultValue = "100", paramLabel = "N",
            description = "episodes per task, at least 1 (default: ${DEFAULT-VALUE})")
    int episodes;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S",
            description = "seed the episode seeds derive from (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "one JSON object per task, one per line")
    boolean json;

    @Override
    public void run() {
        EvaluateCommand.requireEpisodes(spec, episodes);
        EvaluateCommand.evaluate(spec, new Assembly(PluginDiscovery.builtIns()), Selection.defaults(), task, episodes,
                seed, json);
    }
}
