package cloudrl.agents;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import cloudrl.torch.PyTorchRuntime;

import java.util.SplittableRandom;

/**
 * The part of a training run both agents share: the batch of environments seen through PyTorch
 * tensors, the running observation statistics and the input scaling made of them, the episode
 * returns, the step count and the seeds.
 *
 * <p>Seeds: the run's seed feeds one {@link SplittableRandom}; its first value seeds the training
 * environments, its second PyTorch (the initial weights), its third the greedy evaluation's
 * episodes, and a split of it drives exploration and sampling.
 */
final class TrainingSession implements AutoCloseable {

    final TrainingPlan plan;
    final HyperParameters hyper;
    final int envs;
    final StateFeatures features;
    final NDManager manager;
    final ObservationNormaliser normaliser;
    final InputScaling scaling;
    final EpisodeReturns returns;
    final SplittableRandom random;
    final long evaluationSeed;
    /** The checkpoint the run continues from, or {@code null} for a fresh run. */
    final SavedAgent start;

    private final EnvironmentBatch batch;
    private final long startNanos;
    private final long episodesBefore;
    private long steps;

    /** A fresh run's session. */
    TrainingSession(TrainingPlan plan) {
        this(plan, null);
    }

    /**
     * @param start the checkpoint to continue from, or {@code null}; its step count, episode count and
     *              input statistics carry on, and its evaluation episodes stay the same
     */
    TrainingSession(TrainingPlan plan, SavedAgent start) {
        this.plan = plan;
        this.start = start;
        this.hyper = plan.hyperParameters();
        this.envs = hyper.whole("envs");
        this.features = new StateFeatures(plan.environment().observation(), hyper.whole("timeFeature") == 1,
                plan.environment().config().maxSteps(), hyper.whole("history"));
        SplittableRandom seeds = new SplittableRandom(plan.seed());
        long environmentSeed = seeds.nextLong();
        int torchSeed = (int) (seeds.nextLong() >>> 33);
        this.evaluationSeed = seeds.nextLong();
        SplittableRandom exploration = seeds.split();
        if (start != null) {
            // new episodes and exploration after a resume, reproducible from the seed and the step count
            SplittableRandom resumed = new SplittableRandom(plan.seed() ^ (start.metadata().steps() * 0x9E3779B97F4A7C15L));
            environmentSeed = resumed.nextLong();
            torchSeed = (int) (resumed.nextLong() >>> 33);
            exploration = resumed.split();
        }
        this.random = exploration;
        this.steps = start == null ? 0 : start.metadata().steps();
        this.episodesBefore = start == null ? 0 : start.metadata().episodes();

        Engine engine = PyTorchRuntime.engine();
        // the networks are small: one thread avoids hand-over costs and contention on a busy machine
        JniUtils.setNumThreads(hyper.whole("torchThreads"));
        engine.setRandomSeed(torchSeed);
        this.manager = PyTorchRuntime.newManager();
        this.batch = new EnvironmentBatch(plan.environment(), envs, features, manager);
        batch.reset(environmentSeed);
        if (start != null) {
            this.normaliser = start.metadata().normaliser();
        } else {
            this.normaliser = new ObservationNormaliser(features.size());
            float[] first = new float[envs * features.size()];
            batch.currentFeatures(first);
            normaliser.update(first, 0, envs, null);
        }
        this.scaling = new InputScaling(manager, normaliser);
        this.returns = new EpisodeReturns(envs);
        this.startNanos = System.nanoTime();
    }

    /** Environment steps taken so far. */
    long steps() {
        return steps;
    }

    double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    TrainingProgress progress() {
        return new TrainingProgress(steps, plan.steps(), episodesBefore + returns.episodes(), returns.recentMean(),
                elapsedSeconds(), start == null ? 0 : start.metadata().steps());
    }

    /** Writes every environment's current raw features into {@code target}, {@code N x F} row-major. */
    void currentFeatures(float[] target) {
        batch.currentFeatures(target);
    }

    /** Adds the raw features of the current states to the statistics and rescales the inputs with them. */
    void observe(float[] rawFeatures) {
        normaliser.update(rawFeatures, 0, envs, null);
        scaling.refresh(normaliser);
    }

    /** The networks' normalised input {@code [N, F]} for the current states, built in {@code scope}. */
    NDArray networkInput(NDManager scope) {
        return batch.networkInput(scope, scaling);
    }

    /**
     * Steps every environment with its action and books the rewards into the episode returns.
     * Afterwards {@link #valid()} says which environments really acted (the others autoreset).
     */
    void step(int[] actions) {
        batch.step(actions);
        steps += envs;
        boolean[] valid = batch.valid();
        double[] rewards = batch.rewards();
        for (int i = 0; i < envs; i++) {
            if (valid[i]) {
                returns.add(i, rewards[i], batch.ended(i));
            }
        }
    }

    /** Which environments acted on the last step; false for those that autoreset. The live array. */
    boolean[] valid() {
        return batch.valid();
    }

    double[] rewards() {
        return batch.rewards();
    }

    boolean ended(int i) {
        return batch.ended(i);
    }

    /** Whether the next state's value counts as zero: instability, or the time limit when the network sees the time. */
    boolean terminal(int i) {
        return batch.terminal(i);
    }

    /** The metadata of a model taken at {@code selectedAtSteps} with the statistics {@code normaliser}. */
    AgentMetadata metadata(FeedForwardNetwork.Architecture architecture, ObservationNormaliser normaliser,
                           long selectedAtSteps, double evaluationReturn, String status) {
        TrainingEnvironment environment = plan.environment();
        Engine engine = PyTorchRuntime.engine();
        return new AgentMetadata(plan.agent(), Versions.cloudrl(), Engine.getDjlVersion(), engine.getVersion(),
                environment.task(), environment.scenario(), environment.workload(), environment.workloadParameters(), environment.reward(),
                environment.rewardParameters(), environment.actionParameters(), environment.fleetParameters(), features,
                architecture, normaliser.count(), normaliser.mean(),
                normaliser.variance(), hyper, steps, episodesBefore + returns.episodes(), plan.seed(), returns.recentMean(),
                selectedAtSteps, evaluationReturn, status);
    }

    @Override
    public void close() {
        try {
            batch.close();
        } finally {
            manager.close();
        }
    }
}
