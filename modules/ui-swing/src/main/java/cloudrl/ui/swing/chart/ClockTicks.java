package cloudrl.ui.swing.chart;

import cloudrl.workload.TraceClock;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a time-of-day axis puts its ticks: at round clock times (every 5, 15, 30 minutes, every 1,
 * 2, 3, 6, 12 hours, every day), the finest that leaves room for each label, placed at the step where
 * that time falls. A tick at midnight is labelled with its date ({@code 2 Jul}), the others with the
 * time ({@code 01:00}). Works in steps, so the charts' data stay indexed by step.
 */
public final class ClockTicks {

    /** One tick: the step (fractional between two steps) and its label. */
    public record Tick(double step, String label) {
    }

    // each divides a day, so ticks line up with midnight; then whole days and a week
    private static final int[] UNIT_MINUTES = {1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080};
    private static final int DAY = 1440;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private ClockTicks() {
    }

    /**
     * The ticks between steps {@code low} and {@code high} of {@code clock}, at most {@code most}
     * of them (at least two are allowed).
     */
    public static List<Tick> between(TraceClock clock, double low, double high, int most) {
        int room = Math.max(2, most);
        LocalDateTime from = clock.at(0).plusSeconds(Math.round(low * clock.minutes() * 60));
        double spanMinutes = (high - low) * clock.minutes();
        int unit = UNIT_MINUTES[UNIT_MINUTES.length - 1];
        for (int candidate : UNIT_MINUTES) {
            if (spanMinutes / candidate + 1 <= room) {
                unit = candidate;
                break;
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (LocalDateTime time = firstAtOrAfter(from, unit); ; time = time.plusMinutes(unit)) {
            double step = clock.index(time);
            if (step > high + 1e-9) {
                return ticks;
            }
            ticks.add(new Tick(step, label(time, unit)));
        }
    }

    /** The axis title: the offset the times are in and the date and time of step 0. */
    public static String axisLabel(TraceClock clock) {
        String offset = clock.offset().getTotalSeconds() == 0 ? "UTC" : "UTC" + clock.offset().getId();
        return "Time of day, " + offset + " (step 0: " + FULL.format(clock.at(0)) + ")";
    }

    private static String label(LocalDateTime time, int unit) {
        return unit >= DAY || time.toLocalTime().equals(LocalTime.MIDNIGHT) ? DATE.format(time) : TIME.format(time);
    }

    /** The first time at or after {@code from} that is a whole number of units after a midnight. */
    private static LocalDateTime firstAtOrAfter(LocalDateTime from, int unit) {
        LocalDateTime midnight = from.toLocalDate().atStartOfDay();
        if (unit >= DAY) {
            return midnight.equals(from) ? midnight : midnight.plusDays(1);
        }
        long seconds = java.time.Duration.between(midnight, from).toSeconds();
        long units = (seconds + unit * 60L - 1) / (unit * 60L);
        return midnight.plusMinutes(units * unit);
    }
}
