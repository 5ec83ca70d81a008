package cloudrl.launcher;

import cloudrl.env.Task;
import cloudrl.plugins.Assembly;
import cloudrl.ui.swing.DisplayUnavailableException;
import cloudrl.ui.swing.Explorer;
import cloudrl.ui.swing.ExplorerHandle;
import cloudrl.ui.swing.ExplorerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Opens the desktop explorer and returns when its window is closed. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the desktop explorer: drive an episode by hand or watch a policy play it, with live charts"
                + " and the grade at the end; set up the scenario, task, workload, reward and policy in the window,"
                + " compare policies on the same seeds, and map what a policy would do. --scenario, --policy, --reward,"
                + " --workload and --param fill the set-up in; jars dropped into the plugins folder appear while it"
                + " runs. Needs a display; 'plot' draws the charts without one.")
final class GuiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--task", converter = TaskConverter.class, paramLabel = "TASK",
            description = "task of the first episode: easy, medium or hard (default: the scenario's, medium in the"
                    + " reference)")
    Task task;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S",
            description = "seed of the first episode (default: ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    PlugPointOptions plugPoints;

    @Override
    public Integer call() throws InterruptedException {
        // bad ids or parameters are bad input whatever the display: they fail first, in one line (exit 2)
        Assembly assembly = plugPoints.assembly(spec.commandLine().getErr(), task == null ? null : List.of(task));
        Task task = this.task != null ? this.task : plugPoints.defaultTask();
        // checked before the options are built, so a machine without a display is left untouched
        Optional<String> missing = Explorer.missingDisplay();
        if (missing.isPresent()) {
            return noDisplay(missing.get());
        }
        ExplorerOptions options = ExplorerChoices.apply(ExplorerOptions.defaults().startingWith(task, seed),
                assembly, plugPoints.selection(), plugPoints.plugins.pluginDirectory().path());
        ExplorerHandle window;
        try {
            window = Explorer.open(options);
        } catch (DisplayUnavailableException cannotConnect) {
            return noDisplay(cannotConnect.getMessage());
        }
        window.awaitClosed();
        return 0;
    }

    private int noDisplay(String reason) {
        String why = reason.strip().replaceAll("\\.$", "");
        spec.commandLine().getErr().println("cloudrl gui: no display to open a window on (" + why + "); 'cloudrl plot"
                + " --task " + task.id() + " --seed " + seed + "' draws the charts to a PNG instead");
        return ErrorReporter.FAILED;
    }
}
