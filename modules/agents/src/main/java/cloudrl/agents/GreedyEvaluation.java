package cloudrl.agents;

import ai.djl.ndarray.NDManager;

/**
 * Plays the acting network greedily for one episode in each of a fixed set of environments and
 * returns the mean return: the same episodes every time (one seed), so successive checkpoints are
 * compared on equal terms. The seed is drawn from the run's seed, so these episodes are not the
 * ones {@code cloudrl evaluate} later plays.
 */
final class GreedyEvaluation implements AutoCloseable {

    private final EnvironmentBatch batch;
    private final long seed;
    private final int[] actions;
    private final double[] returns;
    private final boolean[] finished;

    GreedyEvaluation(TrainingEnvironment environment, int episodes, StateFeatures features, NDManager manager, long seed) {
        this.batch = new EnvironmentBatch(environment, episodes, features, manager);
        this.seed = seed;
        this.actions = new int[episodes];
        this.returns = new double[episodes];
        this.finished = new boolean[episodes];
    }

    /** Mean return of one greedy episode per environment. */
    double meanReturn(FeedForwardNetwork acting, InputScaling scaling, NDManager manager) {
        batch.reset(seed);
        java.util.Arrays.fill(returns, 0);
        java.util.Arrays.fill(finished, false);
        int running = batch.size();
        while (running > 0) {
            try (NDManager scope = manager.newSubManager()) {
                long[] greedy = acting.forward(batch.networkInput(scope, scaling), false).argMax(1).toLongArray();
                for (int i = 0; i < actions.length; i++) {
                    actions[i] = (int) greedy[i];
                }
            }
            batch.step(actions);
            double[] rewards = batch.rewards();
            for (int i = 0; i < actions.length; i++) {
                if (!finished[i]) {
                    returns[i] += rewards[i];
                    if (batch.ended(i)) {
                        finished[i] = true;
                        running--;
                    }
                }
            }
        }
        double sum = 0;
        for (double value : returns) {
            sum += value;
        }
        return sum / returns.length;
    }

    @Override
    public void close() {
        batch.close();
    }
}
