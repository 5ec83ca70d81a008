package cloudrl.workload;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When the items of a recorded series happened: item 0 at {@code first}, a local date and time at
 * {@code offset} from UTC, and {@code minutes} minutes per item. A trace's rows have one (NASA-HTTP
 * row 0 is 1995-07-01 00:00 at UTC-04:00, one minute per row); a {@link TraceWorkload} derives the
 * clock of its episode's steps from it, so a chart can label step {@code t} with its time of day.
 *
 * @param first   the local date and time of item 0
 * @param offset  the offset from UTC the times are given in
 * @param minutes minutes each item lasts, at least 1
 */
public record TraceClock(LocalDateTime first, ZoneOffset offset, int minutes) {

    public TraceClock {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(offset, "offset");
        if (minutes < 1) {
            throw new IllegalArgumentException("minutes " + minutes + " is not allowed: must be at least 1");
        }
    }

    /** The local date and time item {@code index} starts at: {@code first + index x minutes}. */
    public LocalDateTime at(long index) {
        return first.plusMinutes(index * minutes);
    }

    /** Where {@code time} falls in the series, in items from item 0 (fractional between two items). */
    public double index(LocalDateTime time) {
        return first.until(time, ChronoUnit.MINUTES) / (double) minutes;
    }

    /**
     * The clock of the series that starts at this one's item {@code from} and groups {@code per} of
     * its items into one: a split's rows, or an episode's steps of {@code stepMinutes} rows.
     */
    public TraceClock from(long from, int per) {
        if (per < 1) {
            throw new IllegalArgumentException("per " + per + " is not allowed: must be at least 1");
        }
        return new TraceClock(at(from), offset, Math.multiplyExact(minutes, per));
    }
}
