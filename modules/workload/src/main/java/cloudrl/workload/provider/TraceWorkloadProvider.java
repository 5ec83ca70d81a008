package cloudrl.workload.provider;

import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.TrafficLevel;
import cloudrl.api.WorkloadModel;
import cloudrl.api.WorkloadProvider;
import cloudrl.workload.TraceWorkload;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Offers trace replay as {@code trace}: a column of a CSV file, by default the bundled synthetic
 * day, rescaled so its mean is the task's base rate unless a fixed scale is given.
 */
public final class TraceWorkloadProvider implements WorkloadProvider {

    /** The {@code file} value that selects the trace shipped inside this module. */
    static final String SAMPLE = "sample";
    private static final String SAMPLE_RESOURCE = "sample-day.csv";

    @Override
    public String id() {
        return "trace";
    }

    @Override
    public String description() {
        return "replays a CSV column of request rates, looping; ships a synthetic one-day sample trace";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("file", SAMPLE, "CSV file with a header line, or 'sample' for the bundled day (288 rows)"),
                new Parameter("column", "requests", "header name or 1-based position of the column to replay"),
                new Parameter("scale", "task", "'task': rescale to the task's base rate; or a multiplier in [0, 1e6]"),
                new Parameter("start", "random", "'random': a random row each episode; or a fixed row index >= 0"));
    }

    @Override
    public WorkloadModel create(long seed, TrafficLevel traffic, Parameters parameters) {
        double[] values = read(parameters);
        int[] rates = TraceWorkload.scaled(values, scale(parameters, values, traffic));
        String start = parameters.text("start").strip();
        if (start.equalsIgnoreCase("random")) {
            return TraceWorkload.fromRandomStart(rates);
        }
        return TraceWorkload.from(rates, parameters.integer("start", 0, Integer.MAX_VALUE));
    }

    private static double scale(Parameters parameters, double[] values, TrafficLevel traffic) {
        if (!parameters.text("scale").strip().equalsIgnoreCase("task")) {
            return parameters.number("scale", 0, 1e6);
        }
        double mean = Arrays.stream(values).average().orElseThrow();
        // an all-zero trace stays zero rather than dividing by zero
        return mean == 0 ? 0 : traffic.baseRate() / mean;
    }

    private static double[] read(Parameters parameters) {
        String file = parameters.text("file").strip();
        String column = parameters.text("column");
        if (file.equalsIgnoreCase(SAMPLE)) {
            try (InputStream in = TraceWorkloadProvider.class.getResourceAsStream(SAMPLE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled trace " + SAMPLE_RESOURCE + " is missing from cloudrl.workload");
                }
                return TraceWorkload.readColumn(new InputStreamReader(in, StandardCharsets.UTF_8), column,
                        "the sample trace");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled trace " + SAMPLE_RESOURCE, e);
            }
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException bad) {
            throw parameters.rejected("file", file, "must be a file path or 'sample'");
        }
        if (Files.isDirectory(path)) {
            throw parameters.rejected("file", file, "is a directory; give a CSV file path or 'sample'");
        }
        if (!Files.isRegularFile(path)) {
            throw parameters.rejected("file", file, "no such file; give a CSV file path or 'sample'");
        }
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return TraceWorkload.readColumn(in, column, "trace " + path);
        } catch (IOException e) {
            throw parameters.rejected("file", file, "cannot be read (" + e.getMessage() + ")");
        }
    }
}
