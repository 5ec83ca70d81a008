package cloudrl.launcher;

import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;
import cloudrl.evaluation.Evaluation;
import cloudrl.evaluation.EvaluationSummary;
import cloudrl.policy.ThresholdPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.List;

/** Evaluates the reference heuristic over many seeded episodes per task. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = {"Run the threshold heuristic (scale up above 70 %% CPU, down below 40 %%) over many",
                "seeded episodes and summarise each task with 95 %% confidence intervals."})
final class BaselineCommand implements Runnable {

    static final String POLICY_ID = "threshold";

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
        if (episodes < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--episodes " + episodes + " is not allowed: must be at least 1");
        }
        Printer printer = new Printer(spec.commandLine().getOut());
        List<Task> tasks = task == null ? List.of(Task.values()) : List.of(task);
        Evaluation evaluation = new Evaluation();
        for (Task each : tasks) {
            EvaluationSummary summary = evaluation.run(each.id(), POLICY_ID, CloudEnvironment.of(each),
                    ThresholdPolicy.defaults(), episodes, seed);
            if (json) {
                printer.raw(SummaryFormat.json(summary));
            } else {
                SummaryFormat.text(summary, printer);
            }
            printer.flush();
        }
    }
}
