package cloudrl.env;

/**
 * Which episode the current thread is playing and which step of it, so that a failing plug point
 * (a plugin's policy, workload or reward) can be named with the episode's seed and step.
 * {@link Rollout} keeps it up to date; every other loop leaves it empty.
 *
 * <p>Only the owning thread writes it, with plain stores: {@link Rollout} pays two field writes per
 * step. Another thread (a watchdog) may read it after a release/acquire pair on a field of its own.
 */
public final class EpisodePosition {

    private static final ThreadLocal<EpisodePosition> CURRENT = ThreadLocal.withInitial(EpisodePosition::new);

    private boolean playing;
    private long seed;
    private int step;

    private EpisodePosition() {
    }

    /** The position of the current thread. */
    public static EpisodePosition current() {
        return CURRENT.get();
    }

    /** Whether an episode is being played on the owning thread. */
    public boolean playing() {
        return playing;
    }

    /** The playing episode's seed; meaningless when not {@link #playing()}. */
    public long seed() {
        return seed;
    }

    /** The step being played: 0 while resetting, then 1, 2, ... as the step's row is numbered. */
    public int step() {
        return step;
    }

    /** {@code at step 3 of the episode seeded 42}, or {@code outside a seeded episode}. */
    public String describe() {
        return playing ? "at step " + step + " of the episode seeded " + seed : "outside a seeded episode";
    }

    void begin(long seed) {
        this.seed = seed;
        this.step = 0;
        this.playing = true;
    }

    void step(int step) {
        this.step = step;
    }

    void restore(boolean playing, long seed, int step) {
        this.playing = playing;
        this.seed = seed;
        this.step = step;
    }
}
