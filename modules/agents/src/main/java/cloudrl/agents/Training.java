package cloudrl.agents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs a {@link TrainingPlan}: trains the agent, scores the greedy policy on the run's evaluation
 * episodes at every point of the learning curve (about a hundred per run) and keeps the best
 * model, writes a checkpoint of it every tenth of the run and at the end, and the learning curve
 * (CSV and PNG) with every checkpoint.
 *
 * <p>Stopping: {@code stopRequested} is polled between units of work (a step of all environments
 * for DQN, a rollout and its update for PPO). When it says stop, the run writes a last checkpoint
 * (marked {@code interrupted}) and returns. Every checkpoint replaces the previous one atomically
 * ({@link ModelDirectory}), so a run killed at any moment leaves the last complete one in place.
 *
 * <p>Resuming ({@link TrainingPlan#resumeFrom}): the run continues from a checkpoint's step count
 * to the plan's, starting from its weights (the acting network, and PPO's value network; DQN's
 * target is a copy) and its input statistics, and keeps it as the best model until a better one
 * scores higher on the same evaluation episodes. What a checkpoint does not hold starts afresh:
 * DQN's replay buffer, the optimiser's moments, and the environments (seeded from the run's seed
 * and the step count, so a resumed run does not replay the first episodes). The learning curve
 * goes on from the checkpoint's step.
 */
public final class Training {

    /** Checkpoints per run, besides the final one. */
    static final int CHECKPOINTS = 10;
    /** Points of the learning curve per run, roughly; the greedy policy is scored at each. */
    static final int CURVE_POINTS = 100;

    /** The learning curve's file names inside the output directory. */
    public static final String CURVE_CSV = "learning-curve.csv";
    public static final String CURVE_PNG = "learning-curve.png";

    private static final Logger LOG = LoggerFactory.getLogger(Training.class);
    private static final double PROGRESS_SECONDS = 0.5;

    private Training() {
    }

    /**
     * Trains as {@code plan} says.
     *
     * @param listener      told the progress about twice a second
     * @param stopRequested polled between units of work; true stops the run after a last checkpoint
     * @throws IOException when the output cannot be written
     */
    public static TrainingOutcome run(TrainingPlan plan, TrainingListener listener, BooleanSupplier stopRequested)
            throws IOException {
        return run(plan, listener, stopRequested, policy -> { });
    }

    /** As {@link #run(TrainingPlan, TrainingListener, BooleanSupplier)}, handing the saved policy, still in memory, to {@code trained}. */
    static TrainingOutcome run(TrainingPlan plan, TrainingListener listener, BooleanSupplier stopRequested,
                               Consumer<TrainedPolicy> trained) throws IOException {
        Path out = plan.out();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a file: give a directory (it is created if missing)");
        }
        Files.createDirectories(out);
        ModelDirectory.finishInterruptedSwap(out);
        try (SavedAgent.Loaded start = plan.resumeFrom() == null ? null : SavedAgent.load(plan.resumeFrom());
             TrainingSession session = new TrainingSession(plan, start == null ? null : start.agent())) {
            AgentTrainer trainer = plan.agent() == AgentKind.DQN ? new DqnTrainer(session) : new PpoTrainer(session);
            ModelSelection selection = new ModelSelection(session, trainer);
            try {
                return train(plan, session, trainer, selection, listener, stopRequested, trained);
            } finally {
                selection.close();
            }
        }
    }

    private static TrainingOutcome train(TrainingPlan plan, TrainingSession session, AgentTrainer trainer,
                                         ModelSelection selection, TrainingListener listener,
                                         BooleanSupplier stopRequested, Consumer<TrainedPolicy> trained)
            throws IOException {
        LearningCurve curve = new LearningCurve(trainer.diagnosticNames());
        if (plan.resumeFrom() != null) {
            curve.addUpTo(plan.out().resolve(CURVE_CSV), session.steps());
        }
        long curveEvery = Math.max(session.envs, plan.steps() / CURVE_POINTS);
        long checkpointEvery = Math.max(session.envs, plan.steps() / CHECKPOINTS);
        long nextCurve = session.steps() + curveEvery;
        long nextCheckpoint = session.steps() + checkpointEvery;
        double nextProgress = 0;
        boolean interrupted = false;
        LOG.debug("training {} on {} for {} steps, seed {}, hyper-parameters {}", plan.agent().id(),
                plan.environment().task(), plan.steps(), plan.seed(), plan.hyperParameters().values());
        while (session.steps() < plan.steps()) {
            if (stopRequested.getAsBoolean()) {
                interrupted = true;
                break;
            }
            trainer.iterate();
            if (session.steps() >= nextCurve) {
                curve.add(point(session, trainer, selection.consider()));
                while (nextCurve <= session.steps()) {
                    nextCurve += curveEvery;
                }
            }
            if (session.elapsedSeconds() >= nextProgress) {
                listener.progress(session.progress());
                nextProgress = session.elapsedSeconds() + PROGRESS_SECONDS;
            }
            if (session.steps() >= nextCheckpoint && session.steps() < plan.steps()) {
                save(plan, session, selection, curve, "checkpoint", listener);
                while (nextCheckpoint <= session.steps()) {
                    nextCheckpoint += checkpointEvery;
                }
            }
        }
        if (curve.points().isEmpty() || curve.points().get(curve.points().size() - 1).steps() != session.steps()) {
            curve.add(point(session, trainer, selection.consider()));
        }
        String status = interrupted ? "interrupted" : "complete";
        Path model = save(plan, session, selection, curve, status, listener);
        TrainingProgress last = session.progress();
        listener.progress(last);
        SavedAgent saved = selection.model(status);
        try (TrainedPolicy policy = new TrainedPolicy(saved.metadata(), saved.acting())) {
            trained.accept(policy);
        }
        return new TrainingOutcome(last, interrupted, saved.metadata().selectedAtSteps(),
                saved.metadata().evaluationReturn(), model, plan.out().resolve(CURVE_CSV),
                plan.out().resolve(CURVE_PNG));
    }

    private static LearningCurve.Point point(TrainingSession session, AgentTrainer trainer, double greedyReturn) {
        return new LearningCurve.Point(session.steps(), session.elapsedSeconds(), session.returns.episodes(),
                session.returns.recentMean(), greedyReturn, trainer.diagnostics());
    }

    private static Path save(TrainingPlan plan, TrainingSession session, ModelSelection selection, LearningCurve curve,
                             String status, TrainingListener listener) throws IOException {
        Path model = ModelDirectory.commit(plan.out(), selection.model(status));
        curve.writeCsv(plan.out().resolve(CURVE_CSV));
        String title = plan.agent().id().toUpperCase(Locale.ROOT) + " on " + plan.environment().task() + " ("
                + plan.environment().workload() + " workload), seed " + plan.seed();
        LearningCurveChart.writePng(curve, title, plan.references(), plan.out().resolve(CURVE_PNG));
        LOG.debug("{} saved at {} steps in {}", status, session.steps(), model);
        listener.checkpointSaved(session.steps(), model);
        return model;
    }
}
