package cloudrl.benchmarks;

import cloudrl.env.Task;
import cloudrl.env.VectorEnv;
import cloudrl.policy.ThresholdPolicy;

/**
 * What the vector benchmarks step: {@code count} environments of the medium task in one
 * {@link VectorEnv}, reset with seed 1, the threshold heuristic choosing every action from the
 * observation array.
 */
final class HeuristicBatch implements AutoCloseable {

    private final VectorEnv environments;
    private final ThresholdActions heuristic = new ThresholdActions(ThresholdPolicy.defaults());
    private final int[] actions;

    HeuristicBatch(int count, int threads) {
        environments = VectorEnv.of(Task.MEDIUM, count, threads);
        environments.reset(1);
        actions = new int[count];
    }

    /** One batch step; returns the rewards so JMH keeps the work alive. */
    double[] step() {
        heuristic.choose(environments.observations(), actions);
        environments.step(actions);
        return environments.rewards();
    }

    @Override
    public void close() {
        environments.close();
    }
}
