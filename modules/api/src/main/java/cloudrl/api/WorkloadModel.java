package cloudrl.api;

import java.util.random.RandomGenerator;

/**
 * Where the traffic comes from: the number of requests arriving at each step of an episode.
 * A plug point. Models may keep state across the steps of one episode (a phase, the last rate);
 * {@link #reset} clears it. All randomness must come from the generator passed in, so that the
 * environment's seed fixes the whole trajectory.
 */
public interface WorkloadModel {

    /**
     * Told once, when an environment is built on this model, how long its episodes are: the rates
     * of steps 0 to {@code steps} will be asked. A model that replays finite data uses it to keep
     * every episode inside the data, and refuses a length it cannot serve; the default ignores it.
     *
     * @param steps the environment's step limit, at least 1
     * @throws IllegalArgumentException naming the length and what the model can serve
     */
    default void fitEpisodes(int steps) {
    }

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
