package cloudrl.agents;

import java.util.SplittableRandom;

/**
 * The last {@code capacity} transitions {@code (state, action, reward, next state, terminal)}, kept in
 * primitive arrays (one row of features per state) and overwritten oldest first once full. Sampling
 * draws indices uniformly with replacement from what is stored.
 */
public final class ReplayBuffer {

    private final int capacity;
    private final int width;
    private final float[] states;
    private final float[] nextStates;
    private final int[] actions;
    private final float[] rewards;
    private final boolean[] terminal;
    private int next;
    private int size;

    /**
     * @param capacity transitions kept, at least 1
     * @param width    features per state, at least 1
     */
    public ReplayBuffer(int capacity, int width) {
        if (capacity < 1 || width < 1) {
            throw new IllegalArgumentException("a replay buffer needs a capacity and a width of at least 1, got "
                    + capacity + " and " + width);
        }
        if ((long) capacity * width > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a replay buffer of " + capacity + " transitions of " + width
                    + " features does not fit in an array: lower bufferSize");
        }
        this.capacity = capacity;
        this.width = width;
        this.states = new float[capacity * width];
        this.nextStates = new float[capacity * width];
        this.actions = new int[capacity];
        this.rewards = new float[capacity];
        this.terminal = new boolean[capacity];
    }

    /** Transitions currently stored. */
    public int size() {
        return size;
    }

    /** Most transitions kept. */
    public int capacity() {
        return capacity;
    }

    /**
     * Stores one transition, replacing the oldest when full.
     *
     * @param state      array holding the state's features from {@code stateAt}
     * @param next       array holding the next state's features from {@code nextAt}
     * @param isTerminal whether no value follows the next state (its episode ended there)
     */
    public void add(float[] state, int stateAt, int action, float reward, float[] next, int nextAt, boolean isTerminal) {
        int slot = this.next;
        System.arraycopy(state, stateAt, states, slot * width, width);
        System.arraycopy(next, nextAt, nextStates, slot * width, width);
        actions[slot] = action;
        rewards[slot] = reward;
        terminal[slot] = isTerminal;
        this.next = (slot + 1) % capacity;
        size = Math.min(size + 1, capacity);
    }

    /**
     * Fills {@code batch} with {@code batch.size()} transitions drawn uniformly, with replacement.
     *
     * @throws IllegalStateException when the buffer is empty
     */
    public void sample(SplittableRandom random, Minibatch batch) {
        if (size == 0) {
            throw new IllegalStateException("cannot sample from an empty replay buffer");
        }
        if (batch.width != width) {
            throw new IllegalArgumentException("the minibatch holds " + batch.width + " features per state but the buffer "
                    + width);
        }
        for (int row = 0; row < batch.size; row++) {
            copy(random.nextInt(size), row, batch);
        }
    }

    /** Copies stored transition {@code index} (0 the oldest still kept) into row {@code row} of {@code batch}. */
    void copy(int index, int row, Minibatch batch) {
        int slot = size < capacity ? index : (next + index) % capacity;
        System.arraycopy(states, slot * width, batch.states, row * width, width);
        System.arraycopy(nextStates, slot * width, batch.nextStates, row * width, width);
        batch.actions[row] = actions[slot];
        batch.rewards[row] = rewards[slot];
        batch.notTerminal[row] = terminal[slot] ? 0f : 1f;
    }

    /** Preallocated arrays one sample is copied into. */
    public static final class Minibatch {
        final int size;
        final int width;
        final float[] states;
        final float[] nextStates;
        final int[] actions;
        final float[] rewards;
        /** 1 where the next state's value counts, 0 where the episode ended. */
        final float[] notTerminal;

        public Minibatch(int size, int width) {
            if (size < 1 || width < 1) {
                throw new IllegalArgumentException("a minibatch needs a size and a width of at least 1");
            }
            this.size = size;
            this.width = width;
            this.states = new float[size * width];
            this.nextStates = new float[size * width];
            this.actions = new int[size];
            this.rewards = new float[size];
            this.notTerminal = new float[size];
        }

        public int size() {
            return size;
        }

        public float[] states() {
            return states;
        }

        public float[] nextStates() {
            return nextStates;
        }

        public int[] actions() {
            return actions;
        }

        public float[] rewards() {
            return rewards;
        }

        public float[] notTerminal() {
            return notTerminal;
        }
    }
}
