package cloudrl.agents;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.Policy;

import java.lang.ref.Cleaner;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A trained agent acting greedily: the action with the highest Q-value (DQN) or the highest
 * probability (PPO), so the same observations always give the same actions. It counts the steps
 * since {@link #reset()} for the elapsed-time input, and keeps the episode's last observations when
 * the network sees a history of them.
 *
 * <p>A policy loaded from disk owns the native memory of its network, a few kilobytes: it is freed
 * by {@link #close()}, or when the policy is no longer reachable.
 */
public final class TrainedPolicy implements Policy, AutoCloseable {

    private static final Cleaner CLEANER = Cleaner.create();

    private final AgentMetadata metadata;
    private final FeedForwardNetwork network;
    private final StateFeatures features;
    private final NDManager manager;
    private final InputScaling scaling;
    private final Cleaner.Cleanable cleanable;
    private final float[] row;
    private final ObservationHistory history;
    private final float[] latest;
    private int step;

    /** A policy over a network that someone else owns (a training run's). */
    TrainedPolicy(AgentMetadata metadata, FeedForwardNetwork network) {
        this(metadata, network, null);
    }

    private TrainedPolicy(AgentMetadata metadata, FeedForwardNetwork network, NDManager owned) {
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.network = Objects.requireNonNull(network, "network");
        this.features = metadata.features();
        this.manager = network.manager().newSubManager();
        this.scaling = new InputScaling(manager, metadata.normaliser());
        this.row = new float[features.size()];
        this.latest = new float[features.observationSize()];
        this.history = new ObservationHistory(1, features.history(), features.observationSize());
        NDManager toClose = owned != null ? owned : manager;
        this.cleanable = CLEANER.register(this, toClose::close);
    }

    /**
     * The agent saved in {@code directory} (a training output directory or a model directory).
     *
     * @throws IllegalArgumentException with one line naming the path and what is wrong with it
     */
    public static TrainedPolicy load(Path directory) {
        SavedAgent.Loaded loaded = SavedAgent.load(directory);
        return new TrainedPolicy(loaded.agent().metadata(), loaded.agent().acting(), loaded.manager());
    }

    /** What the model says about itself. */
    public AgentMetadata metadata() {
        return metadata;
    }

    @Override
    public void reset() {
        step = 0;
    }

    @Override
    public Action act(Observation observation) {
        observation.copyInto(latest, 0);
        if (step == 0) {
            history.start(0, latest, 0);
        } else {
            history.push(0, latest, 0);
        }
        features.write(history, 0, step, row, 0);
        step++;
        try (NDManager scope = manager.newSubManager()) {
            NDArray input = scope.create(row, new Shape(1, row.length));
            NDArray outputs = network.forward(scaling.apply(input, scope), false);
            return Action.of((int) outputs.argMax(1).getLong(0));
        }
    }

    /** The raw features the last {@link #act} decided on, a copy: what the network saw, for checks. */
    float[] lastFeatures() {
        return row.clone();
    }

    /**
     * The greedy action for each row of {@code rawFeatures} ({@code [B, F]}, as {@link StateFeatures}
     * lays them out), computed as one batch.
     */
    public int[] actions(float[] rawFeatures) {
        int rows = rawFeatures.length / row.length;
        try (NDManager scope = manager.newSubManager()) {
            NDArray input = scope.create(rawFeatures, new Shape(rows, row.length));
            long[] chosen = network.forward(scaling.apply(input, scope), false).argMax(1).toLongArray();
            int[] actions = new int[rows];
            for (int i = 0; i < rows; i++) {
                actions[i] = (int) chosen[i];
            }
            return actions;
        }
    }

    /** The network's outputs for each row of {@code rawFeatures}, row-major. */
    public float[] outputs(float[] rawFeatures) {
        int rows = rawFeatures.length / row.length;
        try (NDManager scope = manager.newSubManager()) {
            NDArray input = scope.create(rawFeatures, new Shape(rows, row.length));
            return network.forward(scaling.apply(input, scope), false).toFloatArray();
        }
    }

    /** Frees the native memory this policy holds. */
    @Override
    public void close() {
        cleanable.clean();
    }
}
