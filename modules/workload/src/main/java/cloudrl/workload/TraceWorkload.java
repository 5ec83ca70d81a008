package cloudrl.workload;

import cloudrl.api.WorkloadModel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Replays recorded request rates, looping at the end. Step {@code t} of an episode emits
 * {@code rates[(start + t) mod n]}, where {@code start} is fixed or, with a random start, drawn at
 * every reset from the environment's generator. Over whole loops the mean is the mean of the rates.
 */
public final class TraceWorkload implements WorkloadModel {

    private final int[] rates;
    private final int fixedStart;
    private final boolean randomStart;
    private final double mean;
    private int start;

    private TraceWorkload(int[] rates, int fixedStart, boolean randomStart) {
        if (rates.length == 0) {
            throw new IllegalArgumentException("a trace needs at least one rate");
        }
        for (int i = 0; i < rates.length; i++) {
            if (rates[i] < 0) {
                throw new IllegalArgumentException("rate " + rates[i] + " at index " + i + " is negative");
            }
        }
        if (fixedStart < 0) {
            throw new IllegalArgumentException("start " + fixedStart + " is not allowed: must be at least 0");
        }
        this.rates = rates.clone();
        this.fixedStart = fixedStart % rates.length;
        this.randomStart = randomStart;
        this.mean = Arrays.stream(rates).asDoubleStream().average().orElseThrow();
        this.start = this.fixedStart;
    }

    /** A replay of {@code rates} beginning at index {@code start} (taken modulo the length) every episode. */
    public static TraceWorkload from(int[] rates, int start) {
        return new TraceWorkload(rates, start, false);
    }

    /** A replay of {@code rates} beginning at a random index every episode. */
    public static TraceWorkload fromRandomStart(int[] rates) {
        return new TraceWorkload(rates, 0, true);
    }

    /**
     * Multiplies {@code values} by {@code scale} and rounds each to the nearest count.
     *
     * @throws IllegalArgumentException when the scale is negative or not finite
     */
    public static int[] scaled(double[] values, double scale) {
        if (!(scale >= 0 && scale <= 1e6)) {
            throw new IllegalArgumentException("scale " + scale + " is not allowed: must be in [0, 1e6]");
        }
        int[] counts = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            counts[i] = RequestCount.of(values[i] * scale);
        }
        return counts;
    }

    /**
     * Reads one column of a CSV file whose first non-comment line is a header. Blank lines and
     * lines starting with {@code #} are skipped; fields are separated by commas.
     *
     * @param column the header name of the column, or its 1-based position
     * @param source how messages name the file
     * @throws IllegalArgumentException naming the source, line and value when the column is missing,
     *                                  a value is not a non-negative number, or there are no rows
     */
    public static double[] readColumn(Reader csv, String column, String source) throws IOException {
        BufferedReader lines = new BufferedReader(csv);
        int index = -1;
        List<Double> values = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split(",", -1);
            if (index < 0) {
                index = columnIndex(fields, column, source);
                continue;
            }
            if (index >= fields.length) {
                throw new IllegalArgumentException(source + " line " + number + ": has no column " + column);
            }
            values.add(parseRate(fields[index].strip(), column, source, number));
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException(source + ": has no rows of request rates after the header");
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static int columnIndex(String[] header, String column, String source) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].strip().equalsIgnoreCase(column.strip())) {
                return i;
            }
        }
        try {
            int position = Integer.parseInt(column.strip());
            if (position >= 1 && position <= header.length) {
                return position - 1;
            }
        } catch (NumberFormatException notPosition) {
            // reported below
        }
        throw new IllegalArgumentException(source + ": has no column '" + column + "': its columns are "
                + String.join(", ", Arrays.stream(header).map(String::strip).toList()) + " (or 1 to " + header.length + ")");
    }

    private static double parseRate(String field, String column, String source, int line) {
        double value;
        try {
            value = Double.parseDouble(field);
        } catch (NumberFormatException notNumber) {
            value = Double.NaN;
        }
        if (!(value >= 0 && value <= 1e9)) {
            throw new IllegalArgumentException(source + " line " + line + ": '" + field + "' in column " + column
                    + " is not a request rate: must be a number in [0, 1e9]");
        }
        return value;
    }

    /** Number of steps before the trace loops. */
    public int length() {
        return rates.length;
    }

    @Override
    public void reset(RandomGenerator random) {
        start = randomStart ? random.nextInt(rates.length) : fixedStart;
    }

    @Override
    public int requestRate(int step, RandomGenerator random) {
        return rates[(int) ((start + (long) step) % rates.length)];
    }

    @Override
    public double longRunMean() {
        return mean;
    }

    @Override
    public String toString() {
        return "TraceWorkload[length=" + rates.length + ", start=" + (randomStart ? "random" : fixedStart)
                + ", mean=" + mean + "]";
    }
}
