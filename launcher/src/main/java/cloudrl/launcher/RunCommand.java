package cloudrl.launcher;

import cloudrl.api.Episode;
import cloudrl.api.GradeReport;
import cloudrl.api.Observation;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Rollout;
import cloudrl.env.Task;
import cloudrl.grader.EpisodeGrader;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.Selection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;

/** Plays one episode with a policy (the heuristic by default), printing every step and then the grade. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Play one episode, print each step, then the grade report. The threshold heuristic,"
                + " seed reward and Gaussian traffic unless --policy, --reward or --workload say otherwise.")
final class RunCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--task", converter = TaskConverter.class, paramLabel = "TASK",
            description = "easy, medium or hard (default: the scenario's, medium in the reference)")
    Task task;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "episode seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    PlugPointOptions plugPoints;

    @Override
    public void run() {
        Assembly assembly = plugPoints.assembly(spec.commandLine().getErr(), task == null ? null : List.of(task));
        Selection selection = plugPoints.selection();
        Task task = this.task != null ? this.task : plugPoints.defaultTask();
        Printer printer = new Printer(spec.commandLine().getOut());
        if (plugPoints.customEnvironment()) {
            printer.line("%s%s · policy %s · reward %s · workload %s · seed %d", task.id(),
                    SettingText.scenario(selection.scenario()), selection.policy().id(), selection.reward().id(),
                    selection.workload().id() + SettingText.parameters(assembly.workloadParameters(selection)), seed);
        } else {
            printer.line("%s · policy %s · seed %d", task.id(), selection.policy().id(), seed);
        }
        printer.line("%5s  %-10s  %7s  %7s  %7s  %5s  %7s  %8s", "step", "action", "reward", "cpu %", "mem %",
                "rate", "servers", "latency");
        CloudEnvironment environment = assembly.environment(task, selection, seed);
        Episode episode = Rollout.play(environment, assembly.policy(selection, seed, task, environment),
                seed, (action, result) -> {
                    Observation state = result.observation();
                    printer.line("%5d  %-10s  %7.4f  %7.2f  %7.2f  %5d  %7d  %8.3f", result.info().step(),
                            environment.actionSpace().label(action.index()), result.reward(), state.cpu(), state.memory(), state.requestRate(),
                            state.servers(), result.info().latency());
                });
        GradeReport report = new EpisodeGrader().grade(episode);
        printer.line();
        GradeFormat.text(report, printer);
    }
}
