package cloudrl.launcher;

import cloudrl.agents.AgentKind;
import cloudrl.agents.AgentMetadata;
import cloudrl.agents.HyperParameters;
import cloudrl.agents.ModelDirectory;
import cloudrl.agents.ReferenceLine;
import cloudrl.agents.SavedAgent;
import cloudrl.agents.Training;
import cloudrl.agents.TrainingEnvironment;
import cloudrl.api.Scenario;
import cloudrl.env.CloudEnvironment;
import cloudrl.agents.TrainingOutcome;
import cloudrl.agents.TrainingPlan;
import cloudrl.agents.TrainingProgress;
import cloudrl.api.RewardFunction;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.ReferenceScenario;
import cloudrl.env.Task;
import cloudrl.oracle.BeliefPlanner;
import cloudrl.oracle.OptimalPlanner;
import cloudrl.oracle.PolicyEvaluation;
import cloudrl.oracle.OracleCoverage;
import cloudrl.oracle.ScalingMdp;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.ScenarioChoice;
import cloudrl.plugins.Selection;
import cloudrl.policy.ThresholdPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Trains a DQN or PPO agent and saves it, with its learning curve, for the dqn and ppo policies to load. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a DQN or PPO agent (DJL on PyTorch, CPU) on a task, save the model and its learning curve"
                + " (CSV and PNG) in --out, and show a progress bar. Ctrl-C stops it after saving the model as it"
                + " stands; the last complete checkpoint is never lost. Play the result with --policy dqn (or ppo)"
                + " --param policy.model=DIR in run and evaluate.")
final class TrainCommand implements Runnable {

    /** How long an interrupted run may take to write its last checkpoint before the JVM goes down anyway. */
    private static final long STOP_GRACE_SECONDS = 60;

    @Spec
    CommandSpec spec;

    @Option(names = "--agent", paramLabel = "AGENT", converter = AgentConverter.class,
            description = "dqn or ppo (required unless --resume)")
    AgentKind agent;

    @Option(names = "--task", converter = TaskConverter.class, paramLabel = "TASK",
            description = "easy, medium or hard (default: the scenario's, medium in the reference)")
    Task task;

    @Mixin
    ScenarioOption scenarioOption;

    @Option(names = "--workload", paramLabel = "ID",
            description = "traffic model to train on (default: " + Selection.DEFAULT_WORKLOAD + ")")
    String workload;

    @Option(names = "--reward", paramLabel = "ID",
            description = "reward function to train with (default: " + Selection.DEFAULT_REWARD + ")")
    String reward;

    @Option(names = "--param", paramLabel = "POINT.NAME=VALUE",
            description = "a parameter for the workload or reward, repeatable: workload.period=24, reward.slo=30")
    List<String> params = new ArrayList<>();

    @Mixin
    PluginsOption plugins;

    @Mixin
    PluginTimeoutOption timeout;

    @Option(names = "--steps", paramLabel = "N",
            description = "environment steps to train for, at least 1 (default: the agent's, dqn "
                    + AgentKind.DQN_DEFAULT_STEPS + ", ppo " + AgentKind.PPO_DEFAULT_STEPS + ")")
    Long steps;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S",
            description = "seeds the environments, the exploration and the initial weights (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "DIR",
            description = "directory for the model (DIR/model) and the learning curve; created if missing"
                    + " (required unless --resume)")
    Path out;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "continue the run in DIR from its last complete checkpoint up to --steps in all, with the"
                    + " agent, task, workload, reward, hyper-parameters and seed it was started with")
    Path resume;

    @Option(names = "--force", description = "replace the model already in --out (refused without it)")
    boolean force;

    @Option(names = "--hyper", paramLabel = "NAME=VALUE",
            description = "a hyper-parameter, repeatable, such as learningRate=0.001 (docs/agents.md lists them)")
    List<String> hyper = new ArrayList<>();

    @Override
    public void run() {
        if (resume != null) {
            resume();
            return;
        }
        if (agent == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--agent=AGENT'");
        }
        if (out == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--out=DIR'");
        }
        long totalSteps = steps != null ? steps : agent.defaultSteps();
        if (totalSteps < 1) {
            throw new ParameterException(spec.commandLine(), "--steps " + totalSteps + " is not allowed: must be at least 1");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out
                    + " is a file: give a directory (it is created if missing)");
        }
        OutputTarget.directory("--out", out);
        if (!force && ModelDirectory.holdsModel(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " already holds a trained model: add"
                    + " --force to replace it, or give another directory");
        }
        HyperParameters hyperParameters = HyperParameters.defaults(agent).with(hyper);
        Assembly assembly = timeout.assembly(spec, plugins.discover(spec.commandLine().getErr()));
        Scenario scenario = scenarioOption.resolve(assembly.catalog());
        // an agent learns on the train part of a trace, so that evaluate's default, test, is traffic it never saw
        Selection selection = assembly.withDefaultSplit(Selection.of(scenario, null, reward, workload, params), "train");
        if (!selection.policy().parameters().isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--param policy." + selection.policy().parameters().keySet()
                    .iterator().next() + " is not allowed: train takes workload., reward., actions. and fleet."
                    + " parameters only");
        }
        if (this.task == null) {
            this.task = Task.parse(scenario.task());
        }
        train(hyperParameters, assembly, selection, totalSteps, out, null);
    }

    /** {@code --resume DIR}: the settings come from the checkpoint, the step count from --steps or the agent. */
    private void resume() {
        for (String option : List.of("--agent", "--task", "--scenario", "--workload", "--reward", "--param", "--hyper",
                "--seed", "--out", "--force")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new ParameterException(spec.commandLine(), option + " cannot be combined with --resume: a resumed"
                        + " run keeps the agent, task, scenario, workload, reward, hyper-parameters, seed and directory"
                        + " of its checkpoint (only --steps may change)");
            }
        }
        AgentMetadata checkpoint = SavedAgent.readMetadata(resume);
        agent = checkpoint.agent();
        task = Task.parse(checkpoint.task());
        workload = checkpoint.workload();
        reward = checkpoint.reward();
        // every part's parameters as trained on, actions. and fleet. too, so the run goes on in the same scenario
        params = new ArrayList<>(checkpoint.parameters());
        seed = checkpoint.seed();
        out = resume;
        long totalSteps = steps != null ? steps : agent.defaultSteps();
        if (totalSteps <= checkpoint.steps()) {
            throw new ParameterException(spec.commandLine(), "--steps " + totalSteps + " is not allowed: the checkpoint"
                    + " in " + resume + " has trained " + checkpoint.steps() + " steps already; give more in all");
        }
        OutputTarget.directory("--resume", resume);
        Assembly assembly = timeout.assembly(spec, plugins.discover(spec.commandLine().getErr()));
        Scenario scenario = ScenarioChoice.resolve(checkpoint.scenario(), assembly.catalog());
        if (!ReferenceScenario.ID.equals(scenario.id())) {
            scenarioOption.scenario = checkpoint.scenario(); // for the hint to evaluate it
        }
        Selection selection = Selection.of(scenario, null, reward, workload, params);
        CloudEnvironment rebuilt = assembly.environment(task, selection, seed);
        String misfit = checkpoint.misfit(rebuilt.dynamics().observationSpace().names(),
                rebuilt.dynamics().actionSpace().n());
        if (misfit != null) {
            throw new IllegalArgumentException("--resume " + resume + ": the checkpoint " + misfit + ", but scenario "
                    + scenario.id() + " with its parameters as recorded (" + String.join(" ", params) + ") has observation "
                    + String.join(",", rebuilt.dynamics().observationSpace().names()) + " and "
                    + rebuilt.dynamics().actionSpace().n() + " actions: resume it where it was trained");
        }
        train(checkpoint.hyperParameters(), assembly, selection, totalSteps, resume, checkpoint.steps());
    }

    private void train(HyperParameters hyperParameters, Assembly assembly, Selection selection, long totalSteps,
                       Path directory, Long resumedAt) {
        Task task = this.task;
        CloudEnvironment probe = assembly.environment(task, selection, seed);
        RewardFunction rewardFunction = assembly.reward(selection, seed);
        TrainingEnvironment environment = new TrainingEnvironment(task.id(), selection.scenario(),
                selection.workload().id(), selection.workload().parameters(), selection.reward().id(),
                selection.reward().parameters(), selection.composition().actions().parameters(),
                selection.composition().fleet().parameters(), probe.dynamics(),
                () -> assembly.workload(selection, task.trafficLevel(), seed), rewardFunction);
        TrainingPlan plan = new TrainingPlan(hyperParameters, environment, totalSteps, seed, directory.toAbsolutePath(),
                references(probe), resumedAt == null ? null : directory.toAbsolutePath());

        Printer printer = new Printer(spec.commandLine().getOut());
        printer.line("%s %s on %s%s · %s workload · %s reward · %,d steps · seed %d",
                resumedAt == null ? "training" : String.format(Locale.ROOT, "resuming from step %,d:", resumedAt),
                agent.id(), task.id(), SettingText.scenario(selection.scenario()),
                selection.workload().id() + SettingText.parameters(assembly.workloadParameters(selection)),
                selection.reward().id(), totalSteps, seed);
        printer.line("output: %s", plan.out());
        printer.flush();
        TrainingDisplay display = new TrainingDisplay(printer, System.console() != null);
        trainUntilDoneOrStopped(plan, display, printer);
    }

    /**
     * Trains on this thread. A shutdown hook (Ctrl-C, SIGTERM) asks the run to stop and waits until it
     * has written its last checkpoint and this method has reported it.
     */
    private void trainUntilDoneOrStopped(TrainingPlan plan, TrainingDisplay display, Printer printer) {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch reported = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.set(true);
            try {
                reported.await(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cloudrl-train-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            TrainingOutcome outcome = Training.run(plan, display, stop::get);
            display.finish();
            report(plan, outcome, printer);
        } catch (IOException e) {
            display.finish();
            throw new UncheckedIOException("cannot write to " + plan.out() + ": " + e.getMessage(), e);
        } finally {
            printer.flush();
            reported.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is going down because of the stop: the hook is running and returns now
            }
        }
    }

    private void report(TrainingPlan plan, TrainingOutcome outcome, Printer printer) {
        TrainingProgress progress = outcome.progress();
        printer.line("%s %,d steps in %s (%,.0f steps/s)%s; mean return of the last 100 training episodes %.2f",
                outcome.interrupted() ? "interrupted after" : "trained", progress.steps() - progress.startSteps(),
                TrainingDisplay.clock(progress.elapsedSeconds()), progress.stepsPerSecond(), progress.startSteps() == 0 ? ""
                        : String.format(Locale.ROOT, " after the checkpoint's %,d, %,d in all", progress.startSteps(),
                        progress.steps()), progress.recentReturn());
        if (!Double.isNaN(outcome.evaluationReturn())) {
            printer.line("saved the best greedy policy, from step %,d: mean return %.2f on the run's %d evaluation"
                    + " episodes", outcome.selectedAtSteps(), outcome.evaluationReturn(),
                    plan.hyperParameters().whole("evaluationEpisodes"));
        }
        printer.line("model:          %s", outcome.model());
        printer.line("learning curve: %s, %s", outcome.curveCsv(), outcome.curvePng().getFileName());
        StringBuilder environment = new StringBuilder(" --task " + task.id());
        if (scenarioOption.scenario != null) {
            environment.append(" --scenario ").append(scenarioOption.scenario);
        }
        if (workload != null && !workload.equals(Selection.DEFAULT_WORKLOAD)) {
            environment.append(" --workload ").append(workload);
        }
        if (reward != null && !reward.equals(Selection.DEFAULT_REWARD)) {
            environment.append(" --reward ").append(reward);
        }
        for (String param : params) {
            environment.append(" --param ").append(param);
        }
        printer.line("evaluate it:    cloudrl evaluate --policy %s --param policy.model=%s%s", agent.id(), plan.out(),
                environment);
    }

    /**
     * The oracle's optimum, where it solves the environment exactly (on a hidden regime, the upper end of
     * the belief optimum), and the threshold heuristic's exact return, where the dynamics are the
     * reference ones (the only ones its exact evaluation covers).
     */
    private static List<ReferenceLine> references(CloudEnvironment environment) {
        OracleCoverage coverage = OracleCoverage.of(environment);
        if (!coverage.playable()) {
            return List.of();
        }
        ScalingMdp mdp = ScalingMdp.of(environment);
        boolean belief = coverage.kind() == OracleCoverage.Kind.BELIEF;
        double optimal = belief ? BeliefPlanner.plan(mdp).upperBound() : OptimalPlanner.plan(mdp).expectedReturn();
        String name = belief ? "belief optimum" : "optimal";
        List<ReferenceLine> lines = new ArrayList<>(List.of(
                new ReferenceLine(String.format(Locale.ROOT, "%s (oracle) %.2f", name, optimal), optimal),
                new ReferenceLine(String.format(Locale.ROOT, "95 %% of %s %.2f", name, 0.95 * optimal),
                        0.95 * optimal)));
        if (environment.dynamics().reference()) {
            double threshold = new PolicyEvaluation(mdp).expectedReturn(ThresholdPolicy.defaults());
            lines.add(new ReferenceLine(String.format(Locale.ROOT, "threshold heuristic %.2f", threshold), threshold));
        }
        return List.copyOf(lines);
    }

    /** Reads {@code --agent}, naming the agents there are when the value is none of them. */
    static final class AgentConverter implements ITypeConverter<AgentKind> {
        @Override
        public AgentKind convert(String value) {
            try {
                return AgentKind.parse(value);
            } catch (IllegalArgumentException unknown) {
                throw new TypeConversionException(unknown.getMessage());
            }
        }
    }
}
