package cloudrl.workload;

import java.util.Locale;

/**
 * Which time-ordered part of a trace an episode is drawn from: {@code train} the first 75 % of the
 * rows, {@code test} the rest, {@code all} every row. Ordered by time rather than sampled, so an
 * agent trained on {@code train} is judged on later traffic it never saw.
 */
public enum TraceSplit {
    TRAIN, TEST, ALL;

    /** Share of the rows, from the start, that {@link #TRAIN} holds. */
    public static final double TRAIN_SHARE = 0.75;

    /** The split's name as users write it: {@code train}, {@code test} or {@code all}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The split named {@code text}, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the value and the allowed names
     */
    public static TraceSplit of(String text) {
        String wanted = text.strip();
        for (TraceSplit split : values()) {
            if (split.id().equalsIgnoreCase(wanted)) {
                return split;
            }
        }
        throw new IllegalArgumentException("split " + text + " is not allowed: must be train, test or all");
    }

    /** The first row of this split in a trace of {@code rows} rows. */
    public int from(int rows) {
        return this == TEST ? trainRows(rows) : 0;
    }

    /** One past the last row of this split in a trace of {@code rows} rows. */
    public int to(int rows) {
        return this == TRAIN ? trainRows(rows) : rows;
    }

    /** Rows of this split in a trace of {@code rows} rows. */
    public int rows(int rows) {
        return to(rows) - from(rows);
    }

    /** The train part is the first floor(0.75 x rows) rows: 29,769 of NASA's 39,692, 15,120 of Twitter's 20,160. */
    private static int trainRows(int rows) {
        return (int) Math.floor(rows * TRAIN_SHARE);
    }
}
