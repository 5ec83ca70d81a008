package cloudrl.workload.provider;

import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.TrafficLevel;
import cloudrl.api.WorkloadModel;
import cloudrl.api.WorkloadProvider;
import cloudrl.workload.TraceClock;
import cloudrl.workload.TraceCsv;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Offers trace replay as {@code trace}: a column of any CSV file, by default the bundled synthetic
 * day, with the split, step and scale options every trace workload has ({@link TraceReplay}).
 */
public final class TraceWorkloadProvider implements WorkloadProvider {

    /** The {@code file} value that selects the synthetic day shipped inside this module. */
    static final String SAMPLE = "sample";
    /** The {@code clock} value of a file whose recording time is not given. */
    static final String NO_CLOCK = "none";

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
                new Parameter("column", "requests", "header name or 1-based position of the column to replay"),
                new Parameter("clock", NO_CLOCK, "when the file's first row was recorded, ISO-8601 with its UTC"
                        + " offset such as 2024-03-01T00:00+01:00 (one row a minute), so charts can show the time"
                        + " of day; or none")));
        parameters.addAll(TraceReplay.PARAMETERS);
        return List.copyOf(parameters);
    }

    @Override
    public WorkloadModel create(long seed, TrafficLevel traffic, Parameters parameters) {
        Optional<TraceClock> clock = clock(parameters);
        return TraceReplay.create(read(parameters), traffic, parameters, clock);
    }

    private static Optional<TraceClock> clock(Parameters parameters) {
        String text = parameters.text("clock").strip();
        if (text.equalsIgnoreCase(NO_CLOCK)) {
            return Optional.empty();
        }
        if (parameters.text("file").strip().equalsIgnoreCase(SAMPLE)) {
            throw parameters.rejected("clock", text, "the bundled sample is generated and was never recorded;"
                    + " give clock=none, or a file of yours");
        }
        try {
            OffsetDateTime first = OffsetDateTime.parse(text);
            return Optional.of(new TraceClock(first.toLocalDateTime(), first.getOffset(), 1));
        } catch (DateTimeParseException notTime) {
            throw parameters.rejected("clock", text, "must be a date and time with its UTC offset, such as"
                    + " 2024-03-01T00:00+01:00 or 2024-03-01T00:00Z, or none");
        }
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
