package cloudrl.workload.provider;

import cloudrl.workload.TraceCsv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The traces shipped inside this module, read once and kept: evaluation builds a workload for
 * every environment, and parsing 40,000 rows each time would dominate short runs.
 */
enum BundledTrace {
    SAMPLE_DAY("sample-day.csv", "the sample trace"),
    NASA_1995("nasa-http-1995-07.csv", "the NASA-HTTP 1995 trace"),
    TWITTER_2021("twitter-stream-2021-08-first-14-days.csv", "the Twitter 2021 trace");

    private static final Map<String, double[]> READ = new ConcurrentHashMap<>();

    private final String resource;
    private final String source;

    BundledTrace(String resource, String source) {
        this.resource = resource;
        this.source = source;
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
