package cloudrl.launcher;

import cloudrl.charts.ComparisonCharts;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;
import cloudrl.evaluation.Evaluation;
import cloudrl.evaluation.EvaluationSummary;
import cloudrl.api.Scenario;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.Selection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Evaluates any policy, under any reward and workload, over many seeded episodes per task. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Play a policy over many seeded episodes and summarise each task with 95 %% confidence"
                + " intervals, in the same form as 'baseline'. Choose the pieces with --policy, --reward,"
                + " --workload and --param; 'cloudrl plugins' lists them. With --policies, compare several"
                + " policies on the same episodes: mean and interquartile mean with bootstrap intervals, %% of the"
                + " optimal return and the probability of improving on threshold (or --baseline), as a table, JSON or charts.")
final class EvaluateCommand implements Runnable {

    /** Evaluation judges a policy on the part of a trace that training never replays. */
    static final String EVALUATION_SPLIT = "test";

    @Spec
    CommandSpec spec;

    @Mixin
    EpisodeOptions episodeOptions;

    @Option(names = "--json", description = "one JSON object per task, one per line (with --policies: per policy and"
            + " task, then per policy over all tasks)")
    boolean json;

    @Option(names = "--policies", paramLabel = "LIST",
            description = "compare several policies, comma-separated, such as threshold,hpa,dqn:DIR,oracle: every"
                    + " policy plays the same episodes, and the output is one table (see docs/evaluation.md)")
    String policies;

    @Option(names = "--tasks", paramLabel = "LIST",
            description = "with --policies: the tasks, comma-separated (default: " + ComparisonRun.DEFAULT_TASKS + ")")
    String tasks;

    @Option(names = "--baseline", paramLabel = "ID",
            description = "with --policies: the policy the probability of improvement P(> ID) compares every policy"
                    + " with, written as in the list, such as maintain or dqn:DIR; played even when the list does not"
                    + " name it (default: " + ComparisonRun.DEFAULT_BASELINE + ")")
    String baseline;

    @Option(names = "--plots", paramLabel = "DIR",
            description = "with --policies: also draw " + ComparisonCharts.SCORES_FILE + " and "
                    + ComparisonCharts.PROFILES_FILE + " into DIR, made if missing")
    Path plots;

    @Mixin
    PlugPointOptions plugPoints;

    @Override
    public void run() {
        int episodes = episodeOptions.episodes();
        if (policies != null) {
            compare(episodes);
            return;
        }
        if (tasks != null || plots != null || baseline != null) {
            throw new ParameterException(spec.commandLine(), (tasks != null ? "--tasks" : plots != null ? "--plots"
                    : "--baseline") + " goes with --policies; for one policy use --policy and --task");
        }
        plugPoints.defaultSplit(EVALUATION_SPLIT);
        Assembly assembly = plugPoints.assembly(spec.commandLine().getErr(), tasks(episodeOptions.task));
        evaluate(spec, assembly, plugPoints.selection(), episodeOptions.task, episodes, episodeOptions.seed, json);
    }

    private void compare(int episodes) {
        if (plugPoints.policy != null) {
            throw new ParameterException(spec.commandLine(),
                    "--policy and --policies cannot be combined: list every policy in --policies");
        }
        if (episodeOptions.task != null) {
            throw new ParameterException(spec.commandLine(),
                    "--task and --policies cannot be combined: list the tasks in --tasks");
        }
        ComparisonRun.requireNoPolicyParameters(plugPoints.params);
        PrintWriter err = spec.commandLine().getErr();
        Assembly assembly = plugPoints.timeout.assembly(spec, plugPoints.plugins.discover(err));
        new ComparisonRun(assembly, plugPoints.scenarioOption.resolve(assembly.catalog()), policies, tasks,
                baseline, plugPoints.reward, plugPoints.workload, plugPoints.params)
                .run(episodes, episodeOptions.seed, json, plots, spec.commandLine().getOut(), err);
    }

    /** The tasks a run with {@code --task task} plays: that one, or all three when it is {@code null}. */
    static List<Task> tasks(Task task) {
        return task == null ? List.of(Task.values()) : List.of(task);
    }

    /** Evaluates {@code selection} on {@code task}, or on every task when it is {@code null}, printing each summary. */
    static void evaluate(CommandSpec spec, Assembly assembly, Selection selection, Task task, int episodes, long seed,
                         boolean json) {
        Printer printer = new Printer(spec.commandLine().getOut());
        List<Task> tasks = tasks(task);
        Evaluation evaluation = new Evaluation();
        java.util.Map<String, String> workloadParameters = assembly.workloadParameters(selection);
        if (!json && !workloadParameters.isEmpty()) {
            // the summaries name the task and policy; a workload with options (a trace's split) is stated once
            printer.line("workload %s%s", selection.workload().id(), SettingText.parameters(workloadParameters));
        }
        for (Task each : tasks) {
            CloudEnvironment environment = assembly.environment(each, selection, seed);
            EvaluationSummary summary = evaluation.run(each.id(), selection.policy().id(), environment,
                    assembly.policy(selection, seed, each, environment), episodes, seed);
            if (json) {
                printer.raw(SummaryFormat.json(summary));
            } else {
                SummaryFormat.text(summary, printer);
            }
            printer.flush();
        }
    }
}
