package cloudrl.agents.provider;

import cloudrl.agents.AgentKind;
import cloudrl.agents.ModelDirectory;
import cloudrl.agents.TrainedPolicy;
import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.Policy;
import cloudrl.api.PolicyContext;
import cloudrl.api.PolicyProvider;
import cloudrl.env.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Offers the agents saved by {@code cloudrl train} of one kind as a policy with the parameter
 * {@code model}: either one training run's {@code --out} directory, or a directory holding one such
 * run per task in {@code easy/}, {@code medium/} and {@code hard/}, from which the run for the task
 * being played is taken (so one {@code dqn:DIR} serves a comparison over all three tasks).
 */
abstract class SavedAgentPolicyProvider implements PolicyProvider {

    static final String MODEL = "model";

    private static final Logger LOG = LoggerFactory.getLogger(SavedAgentPolicyProvider.class);

    private final AgentKind kind;

    SavedAgentPolicyProvider(AgentKind kind) {
        this.kind = kind;
    }

    @Override
    public String id() {
        return kind.id();
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter(MODEL, "", "directory written by 'cloudrl train --agent " + kind.id()
                + " --out DIR' (required)"));
    }

    /** Loads the model; the seed is not used, as a trained agent acts greedily. */
    @Override
    public Policy create(long seed, Parameters parameters) {
        return load(modelDirectory(parameters), parameters);
    }

    /**
     * Loads the model for the environment it will play: from a per-task directory, the run of the
     * task whose traffic the context has; a model trained elsewhere is played but logged.
     */
    @Override
    public Policy create(long seed, Parameters parameters, PolicyContext context) {
        Path given = modelDirectory(parameters);
        Path directory = given;
        Optional<Task> played = Arrays.stream(Task.values())
                .filter(task -> task.trafficLevel().equals(context.traffic())).findFirst();
        List<String> perTask = Arrays.stream(Task.values()).map(Task::id)
                .filter(task -> Files.isDirectory(given.resolve(task))).toList();
        if (!perTask.isEmpty() && !ModelDirectory.holdsModel(given)) {
            // a model per task: play the played task's, or say which subfolder is missing
            if (played.isEmpty() || !perTask.contains(played.get().id())) {
                throw parameters.rejected(MODEL, parameters.text(MODEL), "it holds a model per task ("
                        + String.join(", ", perTask) + ") but none for "
                        + played.map(task -> "task " + task.id() + ": expected " + given.resolve(task.id()))
                                .orElse("this traffic"));
            }
            directory = given.resolve(played.get().id());
        }
        TrainedPolicy policy = load(directory, parameters);
        requireSpaces(policy, context, directory, parameters);
        String trainedTask = policy.metadata().task();
        String trainedWorkload = policy.metadata().workload();
        if (played.map(task -> !task.id().equals(trainedTask)).orElse(true)
                || !trainedWorkload.equals(context.workload())) {
            LOG.warn("{}: the model in {} was trained on task {} with workload {}; it is played on other traffic",
                    parameters.owner(), directory, trainedTask, trainedWorkload);
        }
        return policy;
    }

    /**
     * Refuses a model whose network does not fit the scenario it is asked to play: other observation
     * features, or another number of actions.
     */
    private static void requireSpaces(TrainedPolicy policy, PolicyContext context, Path directory,
                                      Parameters parameters) {
        List<String> played = context.environment().observationSpace().names();
        int playedActions = context.environment().actionSpace().n();
        String misfit = policy.metadata().misfit(played, playedActions);
        if (misfit != null) {
            policy.close();
            throw new IllegalArgumentException(parameters.owner() + ": the model in " + directory + " " + misfit
                    + ", but scenario " + context.scenario() + " has observation " + String.join(",", played) + " and "
                    + playedActions + " actions: train a model on it with 'cloudrl train --scenario "
                    + context.scenario() + "'");
        }
    }

    private Path modelDirectory(Parameters parameters) {
        String text = parameters.text(MODEL).strip();
        if (text.isEmpty()) {
            throw parameters.rejected(MODEL, text, "give the directory 'cloudrl train --agent " + kind.id()
                    + " --out DIR' wrote, as --param policy.model=DIR");
        }
        Path directory;
        try {
            directory = Path.of(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw parameters.rejected(MODEL, text, "it is not a path: " + e.getReason());
        }
        return directory;
    }

    private TrainedPolicy load(Path directory, Parameters parameters) {
        TrainedPolicy policy;
        try {
            policy = TrainedPolicy.load(directory);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(parameters.owner() + ": cannot load " + directory + ": " + e.getMessage(), e);
        }
        AgentKind saved = policy.metadata().agent();
        if (saved != kind) {
            policy.close();
            throw new IllegalArgumentException(parameters.owner() + ": the model in " + directory + " is a " + saved.id()
                    + " agent, not " + kind.id() + ": use --policy " + saved.id());
        }
        return policy;
    }
}
