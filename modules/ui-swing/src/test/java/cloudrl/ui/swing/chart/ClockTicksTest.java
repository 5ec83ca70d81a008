package cloudrl.ui.swing.chart;

import cloudrl.workload.TraceClock;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where the time-of-day ticks go, against hand counts of minutes. */
class ClockTicksTest {

    // NASA's minute 1440, 5 minutes a step: step 0 is 2 July 1995 00:00 at UTC-4
    private static final TraceClock NASA = new TraceClock(LocalDateTime.of(1995, 7, 2, 0, 0), ZoneOffset.ofHours(-4), 5);

    @Test
    void hourlyTicksEveryTwelveFiveMinuteStepsWithTheDateAtMidnight() {
        // 100 steps x 5 min = 500 min; room for 10 labels: 500 / 30 + 1 = 17.7 > 10, 500 / 60 + 1 = 9.3 fits
        List<ClockTicks.Tick> ticks = ClockTicks.between(NASA, 0, 100, 10);
        assertEquals(List.of(new ClockTicks.Tick(0, "2 Jul"), new ClockTicks.Tick(12, "01:00"),
                new ClockTicks.Tick(24, "02:00"), new ClockTicks.Tick(36, "03:00"), new ClockTicks.Tick(48, "04:00"),
                new ClockTicks.Tick(60, "05:00"), new ClockTicks.Tick(72, "06:00"), new ClockTicks.Tick(84, "07:00"),
                new ClockTicks.Tick(96, "08:00")), ticks);
    }

    @Test
    void ticksFallOnRoundTimesWhenTheEpisodeStartsBetweenThem() {
        TraceClock clock = new TraceClock(LocalDateTime.of(2021, 8, 3, 10, 37), ZoneOffset.UTC, 1);
        // 100 one-minute steps, 5 labels: every 30 minutes (100 / 15 + 1 = 7.7 > 5; 100 / 30 + 1 = 4.3);
        // 11:00 is 23 minutes after 10:37, 11:30 is 53, 12:00 is 83
        assertEquals(List.of(new ClockTicks.Tick(23, "11:00"), new ClockTicks.Tick(53, "11:30"),
                new ClockTicks.Tick(83, "12:00")), ClockTicks.between(clock, 0, 100, 5));
    }

    @Test
    void aLongSpanIsLabelledByDay() {
        // 10,000 five-minute steps are 50,000 min, 34.7 days: 6 labels allow only a tick a week (34.7 / 7 + 1 = 6.0)
        List<ClockTicks.Tick> ticks = ClockTicks.between(NASA, 0, 10_000, 6);
        assertEquals("2 Jul", ticks.get(0).label());
        assertEquals("9 Jul", ticks.get(1).label());
        // a week is 10,080 min, 2016 steps
        assertEquals(2016, ticks.get(1).step(), 1e-9);
    }

    @Test
    void theAxisTitleNamesTheOffsetAndStepZero() {
        // 2 July 1995 was a Sunday (4 July 1995 a Tuesday)
        assertEquals("Time of day, UTC-04:00 (step 0: Sun 2 Jul 1995 00:00)", ClockTicks.axisLabel(NASA));
        assertEquals("Time of day, UTC (step 0: Tue 3 Aug 2021 10:37)", ClockTicks.axisLabel(
                new TraceClock(LocalDateTime.of(2021, 8, 3, 10, 37), ZoneOffset.UTC, 1)));
    }
}
