package cloudrl.api;

import java.util.random.RandomGenerator;

/**
 * The integers {@code 0 .. n-1} (Gymnasium's {@code Discrete}).
 *
 * @param n how many values, at least one
 */
public record Discrete(int n) {

    public Discrete {
        if (n < 1) {
            throw new IllegalArgumentException("n " + n + " must be at least 1");
        }
    }

    /** Whether {@code value} is one of {@code 0 .. n-1}. */
    public boolean contains(int value) {
        return value >= 0 && value < n;
    }

    /** A uniformly random member. */
    public int sample(RandomGenerator random) {
        return random.nextInt(n);
    }
}
