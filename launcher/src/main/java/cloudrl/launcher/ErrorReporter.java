package cloudrl.launcher;

import cloudrl.plugins.PluginFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.UncheckedIOException;

/**
 * Turns every failure into one line on standard error and an exit code, never a stack trace:
 * 2 for bad input (options, values, configuration), 1 for anything that went wrong while running,
 * such as a plugin's {@link PluginFailure}.
 */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int FAILED = 1;

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    @Override
    public int handleParseException(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + oneLine(problem.getMessage())
                + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
        return BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception problem, CommandLine command, ParseResult parseResult) {
        String name = command.getCommandSpec().qualifiedName();
        LOG.debug("{} failed", name, problem);
        PluginFailure plugin = pluginFailure(problem);
        if (plugin != null) {
            // a plugin's bug is not the user's input, whatever the plugin threw
            command.getErr().println(name + ": " + oneLine(plugin.getMessage()));
            return FAILED;
        }
        if (problem instanceof IllegalArgumentException) {
            command.getErr().println(name + ": " + oneLine(problem.getMessage()));
            return BAD_INPUT;
        }
        if (problem instanceof IllegalStateException || problem instanceof UncheckedIOException) {
            command.getErr().println(name + ": " + oneLine(problem.getMessage()));
            return FAILED;
        }
        command.getErr().println(name + ": unexpected " + problem.getClass().getSimpleName() + ": "
                + oneLine(String.valueOf(problem.getMessage())) + " (run with CLOUDRL_LOG=debug for details)");
        return FAILED;
    }

    /** The plugin failure {@code problem} is or was caused by, or null. */
    private static PluginFailure pluginFailure(Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof PluginFailure failure) {
                return failure;
            }
        }
        return null;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
