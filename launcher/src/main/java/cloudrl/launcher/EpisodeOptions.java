package cloudrl.launcher;

import cloudrl.env.Task;
import cloudrl.evaluation.Evaluation;
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
            description = "episodes per task, 1 to " + Evaluation.MAX_EPISODES + " (default: ${DEFAULT-VALUE})")
    int episodes;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S",
            description = "seed the episode seeds and the plug points' seeds derive from (default: ${DEFAULT-VALUE})")
    long seed;

    /** The episode count, checked: at least one, at most {@link Evaluation#MAX_EPISODES}. */
    int episodes() {
        if (episodes < 1 || episodes > Evaluation.MAX_EPISODES) {
            throw new ParameterException(mixee.commandLine(), "--episodes " + episodes + " is not allowed: must be"
                    + " in [1, " + Evaluation.MAX_EPISODES + "]");
        }
        return episodes;
    }
}
