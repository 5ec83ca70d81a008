package cloudrl.launcher;

import cloudrl.api.Episode;
import cloudrl.api.GradeReport;
import cloudrl.env.Rollout;
import cloudrl.env.Task;
import cloudrl.grader.EpisodeGrader;
import cloudrl.env.CloudEnvironment;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.Selection;
import cloudrl.ui.swing.EpisodePlot;
import cloudrl.workload.TraceClock;
import cloudrl.workload.TraceWorkload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Plays one baseline episode and draws the explorer's charts of it to a PNG, with no display needed. */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = "Play one episode (the threshold heuristic unless --policy says otherwise) and draw the "
                + "explorer's charts (utilisation, servers, request rate and latency) to a PNG. Needs no display.")
final class PlotCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--task", converter = TaskConverter.class, paramLabel = "TASK",
            description = "easy, medium or hard (default: the scenario's, medium in the reference)")
    Task task;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "episode seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "FILE.png",
            description = "where to write the image (default: cloudrl-TASK-seedS.png in the current directory)")
    Path out;

    @Option(names = "--width", defaultValue = "1200", paramLabel = "PX",
            description = "image width in pixels, 300 to 8000 (default: ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "900", paramLabel = "PX",
            description = "image height in pixels, 300 to 8000 (default: ${DEFAULT-VALUE})")
    int height;

    @Option(names = "--step-axis", description = "on a trace, label the x axis with step numbers instead of the"
            + " time of day each step replays")
    boolean stepAxis;

    @Mixin
    PlugPointOptions plugPoints;

    @Override
    public void run() {
        // Drawing into an image needs no window system; without this a broken DISPLAY would stop it.
        System.setProperty("java.awt.headless", "true");
        Assembly assembly = plugPoints.assembly(spec.commandLine().getErr(), task == null ? null : List.of(task));
        Selection selection = plugPoints.selection();
        Task task = this.task != null ? this.task : plugPoints.defaultTask();
        Path target = out != null ? out : Path.of(String.format(Locale.ROOT, "cloudrl-%s-seed%d.png", task.id(), seed));
        OutputTarget.file("--out", target);
        CloudEnvironment environment = assembly.environment(task, selection, seed);
        Episode episode = Rollout.play(environment, assembly.policy(selection, seed, task, environment), seed);
        GradeReport grade = new EpisodeGrader().grade(episode);
        String verdict = grade.passed() ? "passed" : "failed";
        String title = String.format(Locale.ROOT, "CloudRL · %s · seed %d · policy %s · final score %.4f, %s",
                task.id(), seed, selection.policy().id(), grade.finalScore(), verdict);
        // the clock of the episode just played: the workload keeps its start until the next reset
        Optional<TraceClock> clock = stepAxis ? Optional.empty() : TraceWorkload.clockOf(environment.workload());
        try {
            EpisodePlot.writePng(episode, environment.config().maxSteps(), clock, title, target, width, height);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed.getMessage(), failed);
        }
        new Printer(spec.commandLine().getOut()).line("wrote %s (%d x %d): %s, seed %d, %d steps, ended by %s, "
                        + "final score %.4f, %s", target, width, height, task.id(), seed, grade.steps(),
                grade.terminated() ? "instability" : "the time limit", grade.finalScore(), verdict);
    }
}
