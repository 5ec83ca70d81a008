package cloudrl.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code cloudrl} command: subcommands for baselines, single episodes and more. */
@Command(name = "cloudrl",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A reinforcement-learning environment for cloud autoscaling.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {GuiCommand.class, BaselineCommand.class, EvaluateCommand.class, RunCommand.class,
                PlotCommand.class, OracleCommand.class, TrainCommand.class, PluginsCommand.class, ScenariosCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class CloudRl implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        // no subcommand given: show what there is
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(execute(args, out, err));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return commandLine(out, err).execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new CloudRl());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        ErrorReporter reporter = new ErrorReporter();
        commandLine.setParameterExceptionHandler(reporter);
        commandLine.setExecutionExceptionHandler(reporter);
        return commandLine;
    }
}
