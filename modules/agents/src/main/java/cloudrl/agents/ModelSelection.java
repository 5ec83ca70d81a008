package cloudrl.agents;

/**
 * Keeps the model worth saving. With a greedy evaluation, that is the best-scoring model so far:
 * a copy of its networks and of the input statistics it was scored with, since training goes on
 * changing both. Without one, it is simply the model as it stands.
 *
 * <p>Why: the greedy policy of a value-based learner can swing from one update to the next even
 * late in training, and an episode's return is noisy; scoring every candidate on the same fixed
 * episodes and keeping the best is a cheap guard against saving a bad swing.
 */
final class ModelSelection {

    private final TrainingSession session;
    private final AgentTrainer trainer;
    private final GreedyEvaluation evaluation;
    private final FeedForwardNetwork bestActing;
    private final FeedForwardNetwork bestCritic;
    private ObservationNormaliser bestStatistics;
    private long bestSteps = -1;
    private double bestReturn = Double.NEGATIVE_INFINITY;

    ModelSelection(TrainingSession session, AgentTrainer trainer) {
        this.session = session;
        this.trainer = trainer;
        int episodes = session.hyper.whole("evaluationEpisodes");
        if (episodes == 0) {
            this.evaluation = null;
            this.bestActing = null;
            this.bestCritic = null;
            return;
        }
        this.evaluation = new GreedyEvaluation(session.plan.environment(), episodes, session.features, session.manager,
                session.evaluationSeed);
        this.bestActing = FeedForwardNetwork.create(session.manager, trainer.acting().architecture(), 0);
        this.bestCritic = trainer.critic() == null ? null
                : FeedForwardNetwork.create(session.manager, trainer.critic().architecture(), 0);
        SavedAgent start = session.start;
        if (start != null && !Double.isNaN(start.metadata().evaluationReturn())) {
            // the checkpoint was scored on these same evaluation episodes: it stays until beaten
            bestReturn = start.metadata().evaluationReturn();
            bestSteps = start.metadata().selectedAtSteps();
            bestActing.copyFrom(start.acting());
            if (bestCritic != null) {
                bestCritic.copyFrom(start.value());
            }
            bestStatistics = start.metadata().normaliser();
        }
    }

    /** Scores the current model and keeps it if it is the best so far; returns its score (NaN without evaluation). */
    double consider() {
        if (evaluation == null) {
            return Double.NaN;
        }
        double score = evaluation.meanReturn(trainer.acting(), session.scaling, session.manager);
        if (score > bestReturn) {
            bestReturn = score;
            bestSteps = session.steps();
            bestActing.copyFrom(trainer.acting());
            if (bestCritic != null) {
                bestCritic.copyFrom(trainer.critic());
            }
            bestStatistics = session.normaliser.copy();
        }
        return score;
    }

    /** The model to save: the best scored so far, or the current one without evaluation or before any scoring. */
    SavedAgent model(String status) {
        if (evaluation == null || bestSteps < 0) {
            return new SavedAgent(session.metadata(trainer.acting().architecture(), session.normaliser, session.steps(),
                    Double.NaN, status), trainer.acting(), trainer.critic());
        }
        return new SavedAgent(session.metadata(bestActing.architecture(), bestStatistics, bestSteps, bestReturn, status),
                bestActing, bestCritic);
    }

    void close() {
        if (evaluation != null) {
            evaluation.close();
        }
    }
}
