package cloudrl.api;

import java.util.random.RandomGenerator;

/**
 * Where the traffic comes from: the number of requests arriving at each step of an episode.
 * A plug point. Models may keep state across the steps of one episode (a phase, the last rate);
 * {@link #reset} clears it. All randomness must come from the generator passed in, so that the
 * environment's seed fixes the whole trajectory.
 */
public interface WorkloadModel {

    /** Forgets the previous episode; called before the rate of step 0 is drawn. */
    default void reset(RandomGenerator random) {
    }

    /**
     * The request rate at {@code step} (0 for the reset state, then 1, 2, ...).
     *
     * @return a non-negative number of requests
     */
    int requestRate(int step, RandomGenerator random);

    /**
     * The mean rate this model settles around, for documentation and checks; {@code NaN} when the
     * model has no such figure.
     */
    default double longRunMean() {
        return Double.NaN;
    }
}
