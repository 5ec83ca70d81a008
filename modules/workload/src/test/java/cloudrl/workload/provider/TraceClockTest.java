package cloudrl.workload.provider;

import cloudrl.api.Parameters;
import cloudrl.api.TrafficLevel;
import cloudrl.api.WorkloadProvider;
import cloudrl.workload.DiurnalWorkload;
import cloudrl.workload.TraceClock;
import cloudrl.workload.TraceWorkload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The time of day of an episode's steps: the trace's first row, the split, the start and stepMinutes. */
class TraceClockTest {

    private static final TrafficLevel MEDIUM = new TrafficLevel(60, 15);

    private static TraceClock episodeClock(WorkloadProvider provider, Map<String, String> given, long seed) {
        TraceWorkload trace = (TraceWorkload) provider.create(0, MEDIUM, Parameters.of(provider, given));
        trace.fitEpisodes(100);
        trace.reset(new SplittableRandom(seed));
        return trace.clock().orElseThrow();
    }

    @Test
    void nasaMinute1440IsTheSecondOfJulyAndTwelveFiveMinuteStepsAreAnHour() {
        // the file's header: row 0 is 1995-07-01 00:00 local (UTC-4); row 1440 is one day later
        TraceClock clock = episodeClock(new Nasa1995WorkloadProvider(),
                Map.of("split", "all", "start", "1440", "stepMinutes", "5"), 0);
        assertEquals(LocalDateTime.of(1995, 7, 2, 0, 0), clock.at(0));
        // step 12 of 5 minutes: 12 x 5 = 60 minutes later
        assertEquals(LocalDateTime.of(1995, 7, 2, 1, 0), clock.at(12));
        assertEquals(ZoneOffset.ofHours(-4), clock.offset());
        assertEquals(5, clock.minutes());
        assertEquals(12.0, clock.index(LocalDateTime.of(1995, 7, 2, 1, 0)));
        // 2 minutes into a 5-minute step
        assertEquals(0.4, clock.index(LocalDateTime.of(1995, 7, 2, 0, 2)), 1e-12);
    }

    @Test
    void aStartInTheTestSplitCountsFromTheSplitsFirstRow() {
        // the test split starts at row floor(0.75 x 39,692) = 29,769 = 20 x 1440 + 969 minutes, and 969 = 16 h 9 min
        TraceClock clock = episodeClock(new Nasa1995WorkloadProvider(), Map.of("split", "test", "start", "0"), 0);
        assertEquals(LocalDateTime.of(1995, 7, 21, 16, 9), clock.at(0));
        TraceClock later = episodeClock(new Nasa1995WorkloadProvider(), Map.of("split", "test", "start", "51"), 0);
        assertEquals(LocalDateTime.of(1995, 7, 21, 17, 0), later.at(0));
    }

    @Test
    void aRandomStartMovesTheClockWithTheStartRow() {
        TraceWorkload trace = (TraceWorkload) new Twitter2021WorkloadProvider().create(0, MEDIUM,
                Parameters.of(new Twitter2021WorkloadProvider(), Map.of("split", "all")));
        trace.fitEpisodes(100);
        for (long seed = 0; seed < 5; seed++) {
            trace.reset(new SplittableRandom(seed));
            // Twitter's row 0 is 2021-08-01 00:00 UTC; one row a minute
            assertEquals(LocalDateTime.of(2021, 8, 1, 0, 0).plusMinutes(trace.start()), trace.clock().orElseThrow().at(0));
            assertEquals(ZoneOffset.UTC, trace.clock().orElseThrow().offset());
        }
    }

    @Test
    void aFileOfYoursGetsTheClockItsParameterGives(@TempDir Path folder) throws IOException {
        StringBuilder csv = new StringBuilder("minute,requests\n");
        for (int i = 0; i < 400; i++) {
            csv.append(i).append(",5\n");
        }
        Path file = Files.writeString(folder.resolve("mine.csv"), csv);
        TraceClock clock = episodeClock(new TraceWorkloadProvider(), Map.of("file", file.toString(),
                "clock", "2024-03-01T00:00+01:00", "start", "90", "stepMinutes", "2"), 0);
        // row 90 is 01:30; step 3 of 2 minutes is 6 minutes later
        assertEquals(LocalDateTime.of(2024, 3, 1, 1, 36), clock.at(3));
        assertEquals(ZoneOffset.ofHours(1), clock.offset());
        TraceWorkload unknown = (TraceWorkload) new TraceWorkloadProvider().create(0, MEDIUM,
                Parameters.of(new TraceWorkloadProvider(), Map.of("file", file.toString())));
        assertTrue(unknown.clock().isEmpty());
    }

    @Test
    void theSampleAndOtherWorkloadsHaveNoClock() {
        TraceWorkload sample = (TraceWorkload) new TraceWorkloadProvider().create(0, MEDIUM,
                Parameters.of(new TraceWorkloadProvider(), Map.of()));
        assertTrue(sample.clock().isEmpty());
        assertTrue(TraceWorkload.clockOf(sample).isEmpty());
        assertTrue(TraceWorkload.clockOf(new DiurnalWorkload(60, 0.5, 48, 0, 0)).isEmpty());
    }

    @Test
    void aBadClockNamesTheValueAndWhatIsAllowed(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("mine.csv"), "minute,requests\n0,1\n1,2\n");
        WorkloadProvider trace = new TraceWorkloadProvider();
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> trace.create(0, MEDIUM,
                Parameters.of(trace, Map.of("file", file.toString(), "clock", "yesterday"))));
        assertTrue(bad.getMessage().contains("clock=yesterday is not allowed: must be a date and time with its UTC"
                + " offset"), bad.getMessage());
        IllegalArgumentException sample = assertThrows(IllegalArgumentException.class, () -> trace.create(0, MEDIUM,
                Parameters.of(trace, Map.of("clock", "2024-03-01T00:00Z"))));
        assertTrue(sample.getMessage().contains("clock=2024-03-01T00:00Z is not allowed: the bundled sample is"
                + " generated"), sample.getMessage());
    }
}
