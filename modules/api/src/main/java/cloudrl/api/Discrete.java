package cloudrl.api;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The integers {@code 0 .. n-1} (Gymnasium's {@code Discrete}), each with a label saying what it
 * does, such as {@code "add 1"}.
 *
 * @param n      how many values, at least one
 * @param labels one label per value, in index order
 */
public record Discrete(int n, List<String> labels) {

    public Discrete {
        if (n < 1) {
            throw new IllegalArgumentException("n " + n + " must be at least 1");
        }
        labels = List.copyOf(labels);
        if (labels.size() != n) {
            throw new IllegalArgumentException("Discrete(" + n + ") needs " + n + " labels, got " + labels.size());
        }
    }

    /** {@code Discrete(n)} labelled by the indices themselves. */
    public Discrete(int n) {
        this(n, numbered(n));
    }

    private static List<String> numbered(int n) {
        String[] labels = new String[Math.max(0, n)];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = Integer.toString(i);
        }
        return List.of(labels);
    }

    /** Whether {@code value} is one of {@code 0 .. n-1}. */
    public boolean contains(int value) {
        return value >= 0 && value < n;
    }

    /** A uniformly random member. */
    public int sample(RandomGenerator random) {
        return random.nextInt(n);
    }

    /** The label of {@code value}. */
    public String label(int value) {
        return labels.get(value);
    }

    /**
     * The one-line refusal of {@code value}, naming the allowed actions with their labels, such as
     * {@code action 5 is not valid: allowed are 0 (remove 1), 1 (keep), 2 (add 1)}.
     */
    public String invalid(Object value) {
        StringBuilder message = new StringBuilder("action ").append(value).append(" is not valid: allowed are ");
        int shown = Math.min(n, 12);
        for (int i = 0; i < shown; i++) {
            message.append(i == 0 ? "" : ", ").append(i).append(" (").append(labels.get(i)).append(')');
        }
        if (shown < n) {
            message.append(", ... ").append(n - 1).append(" (").append(labels.get(n - 1)).append(')');
        }
        return message.toString();
    }
}
