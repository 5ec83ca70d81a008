package cloudrl.workload.provider;

import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.TrafficLevel;
import cloudrl.api.WorkloadModel;
import cloudrl.api.WorkloadProvider;
import cloudrl.workload.TraceCsv;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Offers trace replay as {@code trace}: a column of any CSV file, by default the bundled synthetic
 * day, with the split, step and scale options every trace workload has ({@link TraceReplay}).
 */
public final class TraceWorkloadProvider implements WorkloadProvider {

    /** The {@code file} value that selects the synthetic day shipped inside this module. */
    static final String SAMPLE = "sample";

    @Override
    public String id() {
        return "trace";
    }

    @Override
    public String description() {
        return "replays a CSV column of request counts (your own traffic, or a synthetic one-day sample), with a"
                + " time-ordered train/test split";
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> parameters = new ArrayList<>(List.of(
                new Parameter("file", SAMPLE, "CSV file with a header line, or 'sample' for the bundled synthetic"
                        + " day (288 rows)"),
                new Parameter("column", "requests", "header name or 1-based position of the column to replay")));
        parameters.addAll(TraceReplay.PARAMETERS);
        return List.copyOf(parameters);
    }

    @Override
    public WorkloadModel create(long seed, TrafficLevel traffic, Parameters parameters) {
        return TraceReplay.create(read(parameters), traffic, parameters);
    }

    private static double[] read(Parameters parameters) {
        String file = parameters.text("file").strip();
        String column = parameters.text("column");
        if (file.equalsIgnoreCase(SAMPLE)) {
            return BundledTrace.SAMPLE_DAY.column(column);
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
            return TraceCsv.readColumn(in, column, "trace " + path);
        } catch (IOException e) {
            throw parameters.rejected("file", file, "cannot be read (" + e.getMessage() + ")");
        }
    }
}
