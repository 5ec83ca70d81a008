package cloudrl.workload;

import cloudrl.api.WorkloadModel;

import java.util.Arrays;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Replays recorded request counts. One step is {@code stepMinutes} consecutive rows summed (a row is
 * one minute for the bundled traces) and multiplied by {@code scale}: step {@code t} of an episode
 * emits {@code round(scale x (row[m + t k] + ... + row[m + t k + k - 1]))}, where {@code m} is the
 * start row and {@code k} the rows per step.
 *
 * <p>Summed rather than averaged because a step's rate is the requests that arrive during the
 * step: five minutes of traffic are five minutes' requests. (With the task's scaling, sum and mean
 * differ only by a factor that the scale cancels.)
 *
 * <p>The start is fixed or, with a random start, drawn at every reset from the environment's
 * generator. Once an environment has {@linkplain #fitEpisodes told it} its episode length, a random
 * start is drawn so that the whole episode lies within the rows, and a length or fixed start that
 * cannot is refused. Asked past its rows, the replay wraps to its first row, so it never reads
 * outside them.
 *
 * <p>A replay of a trace whose recording time is known carries a {@link TraceClock} of its rows, and
 * {@link #clock()} gives the clock of the current episode's steps.
 */
public final class TraceWorkload implements WorkloadModel {

    private static final int RANDOM = -1;

    // the latest replay's rows and prefix sums: a vector of thousands of environments replaying one
    // trace then holds one copy, which stays in the cache, instead of one each
    private static volatile Sums latest;

    /** Rows and their prefix sums ({@code prefix[i]} the sum of the first {@code i} rows); never changed. */
    private record Sums(double[] rows, double[] prefix) {
        static Sums of(double[] rows) {
            Sums last = latest;
            if (last != null && Arrays.equals(last.rows, rows)) {
                return last;
            }
            double[] prefix = new double[rows.length + 1];
            for (int i = 0; i < rows.length; i++) {
                prefix[i + 1] = prefix[i] + rows[i];
            }
            Sums sums = new Sums(rows.clone(), prefix);
            latest = sums;
            return sums;
        }
    }

    private final String label;
    private final double[] rows;
    private final double[] prefix;
    private final int stepRows;
    private final double scale;
    private final int fixedStart;
    private final double mean;
    private final TraceClock rowClock;
    private int episodeRows;
    private int start;

    private TraceWorkload(String label, double[] rows, int stepRows, double scale, int fixedStart,
                          TraceClock rowClock) {
        if (rows.length == 0) {
            throw new IllegalArgumentException(label + ": a trace needs at least one rate");
        }
        for (int i = 0; i < rows.length; i++) {
            if (!(rows[i] >= 0 && rows[i] <= 1e9)) {
                throw new IllegalArgumentException(label + ": rate " + rows[i] + " at index " + i
                        + " is not allowed: must be in [0, 1e9]");
            }
        }
        if (stepRows < 1 || stepRows > rows.length) {
            throw new IllegalArgumentException(label + ": stepMinutes " + stepRows + " is not allowed: must be in [1, "
                    + rows.length + "]");
        }
        if (!(scale >= 0 && scale <= 1e6)) {
            throw new IllegalArgumentException(label + ": scale " + scale + " is not allowed: must be in [0, 1e6]");
        }
        if (fixedStart < RANDOM || fixedStart >= rows.length) {
            throw new IllegalArgumentException(label + ": start " + fixedStart + " is not allowed: must be in [0, "
                    + (rows.length - 1) + "]");
        }
        this.label = label;
        Sums sums = Sums.of(rows);
        this.rows = sums.rows();
        this.prefix = sums.prefix();
        this.stepRows = stepRows;
        this.scale = scale;
        this.fixedStart = fixedStart;
        this.mean = scale * stepRows * Arrays.stream(rows).average().orElseThrow();
        this.start = Math.max(0, fixedStart);
        this.rowClock = rowClock;
    }

    /**
     * A replay of {@code rows}, {@code stepRows} rows per step, scaled by {@code scale}, from row
     * {@code start} or, when {@code start} is negative, from a random row each episode.
     *
     * @param label how messages name the replay, such as {@code workload nasa-1995 (split=test)}
     * @throws IllegalArgumentException naming the label and the value out of range
     */
    public static TraceWorkload of(String label, double[] rows, int stepRows, double scale, int start) {
        return new TraceWorkload(label, rows, stepRows, scale, start < 0 ? RANDOM : start, null);
    }

    /**
     * As {@link #of(String, double[], int, double, int)}, for rows recorded at the times
     * {@code rowClock} gives (its item 0 is {@code rows[0]}).
     */
    public static TraceWorkload of(String label, double[] rows, int stepRows, double scale, int start,
                                   TraceClock rowClock) {
        return new TraceWorkload(label, rows, stepRows, scale, start < 0 ? RANDOM : start,
                java.util.Objects.requireNonNull(rowClock, "rowClock"));
    }

    /** A replay of {@code rates}, one row per step, beginning at index {@code start} (taken modulo the length). */
    public static TraceWorkload from(int[] rates, int start) {
        if (start < 0) {
            throw new IllegalArgumentException("start " + start + " is not allowed: must be at least 0");
        }
        return new TraceWorkload("trace", asRows(rates), 1, 1, rates.length == 0 ? 0 : start % rates.length, null);
    }

    /** A replay of {@code rates}, one row per step, beginning at a random index every episode. */
    public static TraceWorkload fromRandomStart(int[] rates) {
        return new TraceWorkload("trace", asRows(rates), 1, 1, RANDOM, null);
    }

    private static double[] asRows(int[] rates) {
        return Arrays.stream(rates).asDoubleStream().toArray();
    }

    /** Number of steps before the replay wraps: whole steps in its rows. */
    public int length() {
        return rows.length / stepRows;
    }

    /**
     * Keeps every episode of {@code steps} steps (rates for steps 0 to {@code steps}) inside the rows.
     *
     * @throws IllegalArgumentException naming the episode length (or the fixed start) and what fits
     */
    @Override
    public void fitEpisodes(int steps) {
        long needed = (steps + 1L) * stepRows;
        if (needed > rows.length) {
            long longest = rows.length / stepRows - 1;
            throw new IllegalArgumentException(label + ": an episode of " + steps + " steps needs " + needed
                    + " rows (" + (steps + 1) + " rates of " + stepRows + (stepRows == 1 ? " row" : " rows")
                    + ") but there are " + rows.length + ": allowed are episodes of at most " + Math.max(0, longest)
                    + " steps here; choose a longer split or a smaller stepMinutes");
        }
        if (fixedStart != RANDOM && fixedStart + needed > rows.length) {
            throw new IllegalArgumentException(label + ": start " + fixedStart + " is not allowed: an episode of "
                    + steps + " steps from there runs past the last row; allowed are 0 to " + (rows.length - needed));
        }
        episodeRows = (int) needed;
    }

    @Override
    public void reset(RandomGenerator random) {
        if (fixedStart != RANDOM) {
            start = fixedStart;
        } else {
            start = random.nextInt(episodeRows == 0 ? rows.length : rows.length - episodeRows + 1);
        }
    }

    /** The row the current episode started at. */
    public int start() {
        return start;
    }

    /**
     * When the current episode's steps were recorded: step {@code t} at {@code clock().at(t)}, each
     * step {@code stepMinutes} rows long. Empty when the rows' recording time is unknown (the
     * synthetic sample, a file given without {@code clock}). Changes at every reset with a random start.
     */
    public Optional<TraceClock> clock() {
        return Optional.ofNullable(rowClock).map(rows -> rows.from(start, stepRows));
    }

    /** {@code workload}'s {@link #clock()} when it is a trace replay; empty for any other workload. */
    public static Optional<TraceClock> clockOf(WorkloadModel workload) {
        return workload instanceof TraceWorkload trace ? trace.clock() : Optional.empty();
    }

    @Override
    public int requestRate(int step, RandomGenerator random) {
        long row = start + (long) step * stepRows;
        // an episode fits inside the rows, so the wrap (a 64-bit division) is only for steps past them
        int first = (int) (row < rows.length ? row : row % rows.length);
        int end = first + stepRows;
        double sum = end <= rows.length ? prefix[end] - prefix[first]
                : prefix[rows.length] - prefix[first] + prefix[end - rows.length];
        return RequestCount.of(scale * sum);
    }

    @Override
    public double longRunMean() {
        return mean;
    }

    @Override
    public String toString() {
        return "TraceWorkload[" + label + ", rows=" + rows.length + ", stepMinutes=" + stepRows + ", scale=" + scale
                + ", start=" + (fixedStart == RANDOM ? "random" : fixedStart) + ", mean=" + mean + "]";
    }
}
