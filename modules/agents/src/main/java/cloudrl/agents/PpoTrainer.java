package cloudrl.agents;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import cloudrl.agents.FeedForwardNetwork.Architecture;
import cloudrl.agents.FeedForwardNetwork.Nonlinearity;
import cloudrl.torch.PyTorchRuntime;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Proximal policy optimisation (Schulman et al., 2017) with the clipped objective.
 *
 * <p>Every unit of work collects a rollout of {@code rolloutLength} steps of every environment,
 * sampling the actions from the policy network's softmax (in Java, from the seeded generator),
 * then estimates advantages with GAE and takes {@code epochs} passes over the rollout's real
 * transitions in shuffled minibatches. The loss per minibatch is
 * {@code -min(ratio * A, clip(ratio, 1 - c, 1 + c) * A) + valueCoefficient * (V - R)^2
 * - entropyCoefficient * H}, with advantages normalised within the minibatch. The policy and the
 * value function are separate networks of the same shape; the policy's output layer starts with
 * small weights so the first policy is close to uniform.
 *
 * <p>The inputs are normalised when they are collected and stored normalised, so the probability
 * ratio starts at exactly 1 even though the statistics keep moving between rollouts.
 */
final class PpoTrainer implements AgentTrainer {


    private final TrainingSession session;
    private final HyperParameters hyper;
    private final FeedForwardNetwork policy;
    private final FeedForwardNetwork value;
    private final GradientStep gradientStep;
    private final SplittableRandom random;
    private final int width;
    private final int envs;
    private final int length;

    private final float[] raw;
    private final float[] inputs;
    private final int[] actions;
    private final float[] logProbabilities;
    private final float[] values;
    private final float[] rewards;
    private final boolean[] terminal;
    private final boolean[] ended;
    private final boolean[] valid;
    private final float[] advantages;
    private final float[] returns;
    private final int[] stepActions;

    private double policyLoss = Double.NaN;
    private double valueLoss = Double.NaN;
    private double entropy = Double.NaN;
    private final int actionCount;

    PpoTrainer(TrainingSession session) {
        this.session = session;
        this.hyper = session.hyper;
        this.random = session.random;
        this.actionCount = session.plan.environment().actions();
        this.width = session.features.size();
        this.envs = session.envs;
        this.length = hyper.whole("rolloutLength");
        int hidden = hyper.whole("hiddenUnits");
        this.policy = FeedForwardNetwork.create(session.manager,
                new Architecture(width, hidden, actionCount, Nonlinearity.TANH), 0.01f);
        this.value = FeedForwardNetwork.create(session.manager, new Architecture(width, hidden, 1, Nonlinearity.TANH), 0);
        if (session.start != null) {
            policy.copyFrom(session.start.acting());
            value.copyFrom(session.start.value());
        }
        List<Parameter> parameters = new ArrayList<>(policy.parameters());
        parameters.addAll(value.parameters());
        this.gradientStep = new GradientStep(parameters, hyper.number("learningRate"), hyper.number("maxGradNorm"));
        int size = length * envs;
        this.raw = new float[envs * width];
        this.inputs = new float[size * width];
        this.actions = new int[size];
        this.logProbabilities = new float[size];
        this.values = new float[size];
        this.rewards = new float[size];
        this.terminal = new boolean[size];
        this.ended = new boolean[size];
        this.valid = new boolean[size];
        this.advantages = new float[size];
        this.returns = new float[size];
        this.stepActions = new int[envs];
    }

    @Override
    public void iterate() {
        collect();
        float[] lastValues;
        try (NDManager scope = session.manager.newSubManager()) {
            lastValues = value.forward(session.networkInput(scope), false).toFloatArray();
        }
        AdvantageEstimator.estimate(length, envs, rewards, values, lastValues, terminal, ended, valid,
                hyper.number("gamma"), hyper.number("gaeLambda"), advantages, returns);
        update();
    }

    private void collect() {
        float rewardScale = (float) hyper.number("rewardScale");
        for (int t = 0; t < length; t++) {
            int at = t * envs;
            float[] logits;
            float[] stepValues;
            try (NDManager scope = session.manager.newSubManager()) {
                NDArray input = session.networkInput(scope);
                System.arraycopy(input.toFloatArray(), 0, inputs, at * width, envs * width);
                logits = policy.forward(input, false).logSoftmax(1).toFloatArray();
                stepValues = value.forward(input, false).toFloatArray();
            }
            for (int i = 0; i < envs; i++) {
                int action = sample(logits, i * actionCount);
                stepActions[i] = action;
                actions[at + i] = action;
                logProbabilities[at + i] = logits[i * actionCount + action];
                values[at + i] = stepValues[i];
            }
            session.step(stepActions);
            double[] stepRewards = session.rewards();
            boolean[] acted = session.valid();
            for (int i = 0; i < envs; i++) {
                rewards[at + i] = (float) stepRewards[i] * rewardScale;
                terminal[at + i] = session.terminal(i);
                ended[at + i] = session.ended(i);
                valid[at + i] = acted[i];
            }
            session.currentFeatures(raw);
            session.observe(raw);
        }
    }

    // draws an action from the softmax whose log-probabilities start at logits[from]
    private int sample(float[] logProbabilities, int from) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (int a = 0; a < actionCount - 1; a++) {
            cumulative += Math.exp(logProbabilities[from + a]);
            if (u < cumulative) {
                return a;
            }
        }
        return actionCount - 1;
    }

    private void update() {
        int[] order = new int[actions.length];
        int count = 0;
        for (int k = 0; k < actions.length; k++) {
            if (valid[k]) {
                order[count++] = k;
            }
        }
        if (count == 0) {
            return;
        }
        int batchSize = Math.min(hyper.whole("minibatchSize"), count);
        float clip = (float) hyper.number("clipRange");
        float valueWeight = (float) hyper.number("valueCoefficient");
        float entropyWeight = (float) hyper.number("entropyCoefficient");
        float[] batchInputs = new float[batchSize * width];
        int[] batchActions = new int[batchSize];
        float[] batchLogProbabilities = new float[batchSize];
        float[] batchAdvantages = new float[batchSize];
        float[] batchReturns = new float[batchSize];
        double policySum = 0;
        double valueSum = 0;
        double entropySum = 0;
        int minibatches = 0;
        for (int epoch = 0; epoch < hyper.whole("epochs"); epoch++) {
            shuffle(order, count);
            for (int from = 0; from + batchSize <= count; from += batchSize) {
                double mean = 0;
                for (int row = 0; row < batchSize; row++) {
                    int k = order[from + row];
                    System.arraycopy(inputs, k * width, batchInputs, row * width, width);
                    batchActions[row] = actions[k];
                    batchLogProbabilities[row] = logProbabilities[k];
                    batchAdvantages[row] = advantages[k];
                    batchReturns[row] = returns[k];
                    mean += advantages[k];
                }
                normaliseAdvantages(batchAdvantages, mean / batchSize);
                try (NDManager scope = session.manager.newSubManager()) {
                    NDArray input = scope.create(batchInputs, new Shape(batchSize, width));
                    NDArray chosen = scope.create(batchActions).oneHot(actionCount);
                    NDArray oldLogProbabilities = scope.create(batchLogProbabilities);
                    NDArray advantage = scope.create(batchAdvantages);
                    NDArray target = scope.create(batchReturns);
                    try (GradientCollector collector = PyTorchRuntime.engine().newGradientCollector()) {
                        NDArray logProbabilities = policy.forward(input, true).logSoftmax(1);
                        NDArray ratio = logProbabilities.mul(chosen).sum(new int[] {1}).sub(oldLogProbabilities).exp();
                        NDArray surrogate = ratio.mul(advantage).minimum(ratio.clip(1 - clip, 1 + clip).mul(advantage));
                        NDArray policyObjective = surrogate.mean().neg();
                        NDArray entropyBonus = logProbabilities.exp().mul(logProbabilities).sum(new int[] {1}).mean().neg();
                        NDArray valueError = value.forward(input, true).reshape(batchSize).sub(target).square().mean();
                        NDArray loss = policyObjective.add(valueError.mul(valueWeight)).sub(entropyBonus.mul(entropyWeight));
                        collector.backward(loss);
                        policySum += policyObjective.getFloat();
                        valueSum += valueError.getFloat();
                        entropySum += entropyBonus.getFloat();
                    }
                    gradientStep.apply(scope);
                }
                minibatches++;
            }
        }
        policyLoss = policySum / minibatches;
        valueLoss = valueSum / minibatches;
        entropy = entropySum / minibatches;
    }

    private static void normaliseAdvantages(float[] batch, double mean) {
        double squares = 0;
        for (float advantage : batch) {
            squares += (advantage - mean) * (advantage - mean);
        }
        double std = Math.sqrt(squares / batch.length);
        for (int row = 0; row < batch.length; row++) {
            batch[row] = (float) ((batch[row] - mean) / (std + 1e-8));
        }
    }

    private void shuffle(int[] order, int count) {
        for (int k = count - 1; k > 0; k--) {
            int other = random.nextInt(k + 1);
            int swap = order[k];
            order[k] = order[other];
            order[other] = swap;
        }
    }

    @Override
    public FeedForwardNetwork acting() {
        return policy;
    }

    @Override
    public FeedForwardNetwork critic() {
        return value;
    }

    @Override
    public List<String> diagnosticNames() {
        return List.of("policy_loss", "value_loss", "entropy");
    }

    @Override
    public double[] diagnostics() {
        return new double[] {policyLoss, valueLoss, entropy};
    }
}
