package cloudrl.launcher;

import cloudrl.plugins.PluginFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

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
        if (isUnknownCommand(problem)) {
            String given = ((UnmatchedArgumentException) problem).getUnmatched().get(0);
            command.getErr().println(command.getCommandSpec().qualifiedName() + ": unknown command '" + given
                    + "': the commands are " + String.join(", ", command.getSubcommands().keySet())
                    + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
            return BAD_INPUT;
        }
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

    /** A first word that is not an option, given to a command that has subcommands. */
    private static boolean isUnknownCommand(ParameterException problem) {
        if (!(problem instanceof UnmatchedArgumentException unmatched)
                || problem.getCommandLine().getSubcommands().isEmpty() || unmatched.getUnmatched().isEmpty()) {
            return false;
        }
        ParseResult parsed = problem.getCommandLine().getParseResult();
        String first = unmatched.getUnmatched().get(0);
        return !first.startsWith("-") && (parsed == null || parsed.originalArgs().indexOf(first) == 0);
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
