package cloudrl.workload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one column of request counts from a CSV trace: the first line that is neither blank nor a
 * {@code #} comment is the header, fields are separated by commas, and a UTF-8 byte-order mark at
 * the start is dropped (spreadsheet programs write one).
 */
public final class TraceCsv {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private TraceCsv() {
    }

    /**
     * The values of {@code column}, in file order.
     *
     * @param column the header name of the column, or its 1-based position
     * @param source how messages name the file
     * @throws IllegalArgumentException naming the source, line and value when the header is missing
     *                                  (a first line of numbers), the column is missing, a value is
     *                                  not a non-negative number, or there are no rows
     */
    public static double[] readColumn(Reader csv, String column, String source) throws IOException {
        BufferedReader lines = new BufferedReader(csv);
        int index = -1;
        List<Double> values = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (number == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split(",", -1);
            if (index < 0) {
                requireHeader(fields, trimmed, source, number);
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

    /** A header of numbers is a file without a header: reading on would silently lose its first row. */
    private static void requireHeader(String[] fields, String line, String source, int number) {
        for (String field : fields) {
            if (isNumber(field.strip())) {
                throw new IllegalArgumentException(source + " line " + number + ": '" + line
                        + "' is not a header: the first line that is not a # comment must name the columns,"
                        + " such as minute,requests");
            }
        }
    }

    private static boolean isNumber(String field) {
        try {
            Double.parseDouble(field);
            return true;
        } catch (NumberFormatException notNumber) {
            return false;
        }
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
}
