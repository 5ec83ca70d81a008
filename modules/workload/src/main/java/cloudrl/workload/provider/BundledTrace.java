package cloudrl.workload.provider;

import cloudrl.workload.TraceClock;
import cloudrl.workload.TraceCsv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The traces shipped inside this module, read once and kept: evaluation builds a workload for
 * every environment, and parsing 40,000 rows each time would dominate short runs.
 */
enum BundledTrace {
    // a generated day: no recording time
    SAMPLE_DAY("sample-day.csv", "the sample trace", null),
    // the file's header: row 0 is 1995-07-01 00:00 local time, UTC-4 (EDT), one row a minute
    NASA_1995("nasa-http-1995-07.csv", "the NASA-HTTP 1995 trace",
            new TraceClock(LocalDateTime.of(1995, 7, 1, 0, 0), ZoneOffset.ofHours(-4), 1)),
    // the first 14 days of August 2021 in UTC (docs/traces.md), one row a minute
    TWITTER_2021("twitter-stream-2021-08-first-14-days.csv", "the Twitter 2021 trace",
            new TraceClock(LocalDateTime.of(2021, 8, 1, 0, 0), ZoneOffset.UTC, 1));

    private static final Map<String, double[]> READ = new ConcurrentHashMap<>();

    private final String resource;
    private final String source;
    private final TraceClock clock;

    BundledTrace(String resource, String source, TraceClock clock) {
        this.resource = resource;
        this.source = source;
        this.clock = clock;
    }

    /** When row 0 was recorded and how long a row lasts; empty for the generated sample. */
    Optional<TraceClock> clock() {
        return Optional.ofNullable(clock);
    }

    /** The column {@code column} of this trace; a copy, so callers cannot change the kept one. */
    double[] column(String column) {
        return READ.computeIfAbsent(resource + "#" + column, key -> read(column)).clone();
    }

    private double[] read(String column) {
        // the resource lives in this class's own package, which the module need not open
        try (InputStream in = BundledTrace.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled trace " + resource + " is missing from cloudrl.workload");
            }
            return TraceCsv.readColumn(new InputStreamReader(in, StandardCharsets.UTF_8), column, source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled trace " + resource, e);
        }
    }
}
