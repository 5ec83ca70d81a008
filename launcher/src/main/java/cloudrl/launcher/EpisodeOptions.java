package cloudrl.launcher;

import cloudrl.env.Task;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of a command that plays many seeded episodes per task, as a picocli mixin. */
final class EpisodeOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--task", converter = TaskConverter.class, paramLabel = "TASK",
            description = "easy, medium or hard (default: all three)")
    Task task;

    @Option(names = "--episodes", defaultValue = "100", paramLabel = "N",
            description = "episodes per task, at least 1 (default: ${DEFAULT-VALUE})")
    int episodes;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S",
            description = "seed the episode seeds and the plug points' seeds derive from (default: ${DEFAULT-VALUE})")
    long seed;

    /** The episode count, checked: at least one. */
    int episodes() {
        if (episodes < 1) {
            throw new ParameterException(mixee.commandLine(),
                    "--episodes " + episodes + " is not allowed: must be at least 1");
        }
        return episodes;
    }
}
