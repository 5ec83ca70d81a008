package cloudrl.agents;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import cloudrl.agents.FeedForwardNetwork.Architecture;
import cloudrl.agents.FeedForwardNetwork.Nonlinearity;
import cloudrl.torch.PyTorchRuntime;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Deep Q-learning (Mnih et al., 2015) with Double DQN targets (van Hasselt et al., 2016).
 *
 * <p>Every unit of work steps all environments once with epsilon-greedy actions (the greedy ones
 * from one forward pass over the batch), stores the real transitions in the replay buffer (not the
 * autoreset steps), and then takes {@code gradientSteps} Adam steps on minibatches drawn from the
 * buffer. The loss is the Huber loss between {@code Q(s, a)} and
 * {@code r + gamma * Q_target(s', argmax_a' Q(s', a'))}, with no bootstrap past a terminal state.
 * The target network is a copy of the online one, refreshed every {@code targetSyncEvery}
 * gradient steps. Epsilon falls linearly from {@code epsilonStart} to {@code epsilonEnd} over the
 * first {@code epsilonDecay} of the run.
 */
final class DqnTrainer implements AgentTrainer {

    private final TrainingSession session;
    private final HyperParameters hyper;
    private final FeedForwardNetwork online;
    private final FeedForwardNetwork target;
    private final GradientStep gradientStep;
    private final ReplayBuffer buffer;
    private final ReplayBuffer.Minibatch minibatch;
    private final SplittableRandom random;
    private final InputScaling scaling;
    private final int width;
    private final int[] actions;
    private float[] before;
    private float[] after;
    private long gradientSteps;
    private double epsilon;
    private double lastLoss = Double.NaN;
    private final int actionCount;

    DqnTrainer(TrainingSession session) {
        this.session = session;
        this.hyper = session.hyper;
        this.width = session.features.size();
        this.random = session.random;
        this.actionCount = session.plan.environment().actions();
        Architecture architecture = new Architecture(width, hyper.whole("hiddenUnits"), actionCount,
                Nonlinearity.RELU);
        this.online = FeedForwardNetwork.create(session.manager, architecture, 0);
        this.target = FeedForwardNetwork.create(session.manager, architecture, 0);
        if (session.start != null) {
            online.copyFrom(session.start.acting());
        }
        target.freeze();
        target.copyFrom(online);
        this.gradientStep = new GradientStep(online.parameters(), hyper.number("learningRate"),
                hyper.number("maxGradNorm"));
        this.buffer = new ReplayBuffer(hyper.whole("bufferSize"), width);
        this.minibatch = new ReplayBuffer.Minibatch(hyper.whole("batchSize"), width);
        this.actions = new int[session.envs];
        this.before = new float[session.envs * width];
        this.after = new float[session.envs * width];
        session.currentFeatures(before);
        this.scaling = session.scaling;
    }

    @Override
    public void iterate() {
        epsilon = epsilon();
        try (NDManager scope = session.manager.newSubManager()) {
            long[] greedy = online.forward(session.networkInput(scope), false).argMax(1).toLongArray();
            for (int i = 0; i < session.envs; i++) {
                actions[i] = random.nextDouble() < epsilon ? random.nextInt(actionCount) : (int) greedy[i];
            }
        }
        session.step(actions);
        session.currentFeatures(after);
        boolean[] valid = session.valid();
        double[] rewards = session.rewards();
        float rewardScale = (float) hyper.number("rewardScale");
        for (int i = 0; i < session.envs; i++) {
            if (valid[i]) {
                buffer.add(before, i * width, actions[i], (float) rewards[i] * rewardScale, after, i * width,
                        session.terminal(i));
            }
        }
        session.observe(after);
        float[] swap = before;
        before = after;
        after = swap;
        if (buffer.size() >= hyper.whole("learningStarts")) {
            for (int k = 0; k < hyper.whole("gradientSteps"); k++) {
                learn();
            }
        }
    }

    private double epsilon() {
        double start = hyper.number("epsilonStart");
        double end = hyper.number("epsilonEnd");
        double decaySteps = hyper.number("epsilonDecay") * session.plan.steps();
        double progress = decaySteps <= 0 ? 1 : Math.min(1, session.steps() / decaySteps);
        return start + (end - start) * progress;
    }

    private void learn() {
        buffer.sample(random, minibatch);
        int rows = minibatch.size();
        float gamma = (float) hyper.number("gamma");
        try (NDManager scope = session.manager.newSubManager()) {
            NDArray states = scaling.apply(scope.create(minibatch.states(), new Shape(rows, width)), scope);
            NDArray next = scaling.apply(scope.create(minibatch.nextStates(), new Shape(rows, width)), scope);
            NDArray chosen = scope.create(minibatch.actions()).oneHot(actionCount);
            // Double DQN: the online network picks the next action, the target network values it
            NDArray nextBest = online.forward(next, false).argMax(1).oneHot(actionCount);
            NDArray nextValue = target.forward(next, false).mul(nextBest).sum(new int[] {1});
            NDArray targets = scope.create(minibatch.rewards())
                    .add(nextValue.mul(scope.create(minibatch.notTerminal())).mul(gamma)).stopGradient();
            try (GradientCollector collector = PyTorchRuntime.engine().newGradientCollector()) {
                NDArray q = online.forward(states, true).mul(chosen).sum(new int[] {1});
                NDArray error = q.sub(targets).abs();
                NDArray quadratic = error.minimum(1f);
                NDArray loss = quadratic.square().mul(0.5f).add(error.sub(quadratic)).mean();
                collector.backward(loss);
                lastLoss = loss.getFloat();
            }
            gradientStep.apply(scope);
        }
        gradientSteps++;
        if (gradientSteps % hyper.whole("targetSyncEvery") == 0) {
            target.copyFrom(online);
        }
    }

    @Override
    public FeedForwardNetwork acting() {
        return online;
    }

    @Override
    public FeedForwardNetwork critic() {
        return null;
    }

    @Override
    public List<String> diagnosticNames() {
        return List.of("epsilon", "loss");
    }

    @Override
    public double[] diagnostics() {
        return new double[] {epsilon, lastLoss};
    }
}
