package cloudrl.agents;

import cloudrl.io.AtomicFile;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a training run went, one point every so many steps: the steps, the time, the episodes and the
 * mean return of the last 100 training episodes (played with exploration), the mean return of the
 * greedy policy on the run's evaluation episodes, plus what the agent reports about its learning
 * (epsilon and loss for DQN; losses and entropy for PPO).
 */
public final class LearningCurve {

    /**
     * One point of the curve.
     *
     * @param steps        environment steps so far
     * @param seconds      wall-clock seconds so far
     * @param episodes     episodes finished so far
     * @param recentReturn mean return of the last 100 training episodes; NaN before the first
     * @param greedyReturn mean return of the greedy policy on the evaluation episodes; NaN without evaluation
     * @param diagnostics  the agent's own figures, in the order of {@link #diagnosticNames()}
     */
    public record Point(long steps, double seconds, long episodes, double recentReturn, double greedyReturn,
                        double[] diagnostics) {
        public Point {
            diagnostics = diagnostics.clone();
        }

        @Override
        public double[] diagnostics() {
            return diagnostics.clone();
        }
    }

    private final List<String> diagnosticNames;
    private final List<Point> points = new ArrayList<>();

    public LearningCurve(List<String> diagnosticNames) {
        this.diagnosticNames = List.copyOf(diagnosticNames);
    }

    /** Names of the agent's own columns. */
    public List<String> diagnosticNames() {
        return diagnosticNames;
    }

    public void add(Point point) {
        if (point.diagnostics.length != diagnosticNames.size()) {
            throw new IllegalArgumentException("a point needs " + diagnosticNames.size() + " diagnostics, got "
                    + point.diagnostics.length);
        }
        points.add(point);
    }

    /**
     * Adds the points a run wrote to {@code csv} ({@link #writeCsv}) up to {@code steps}: the curve a
     * resumed run goes on from. A missing file, or one with other columns, adds nothing.
     *
     * @throws IOException when the file exists but cannot be read
     */
    void addUpTo(Path csv, long steps) throws IOException {
        if (!Files.isRegularFile(csv)) {
            return;
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String expected = "steps,seconds,episodes,mean_return_last_100,greedy_return"
                + diagnosticNames.stream().map(name -> "," + name).collect(Collectors.joining());
        if (lines.isEmpty() || !lines.get(0).equals(expected)) {
            return;
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells.length != 5 + diagnosticNames.size() || Long.parseLong(cells[0]) > steps) {
                continue;
            }
            double[] diagnostics = new double[diagnosticNames.size()];
            for (int i = 0; i < diagnostics.length; i++) {
                diagnostics[i] = number(cells[5 + i]);
            }
            add(new Point(Long.parseLong(cells[0]), number(cells[1]), Long.parseLong(cells[2]), number(cells[3]),
                    number(cells[4]), diagnostics));
        }
    }

    private static double number(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }

    public List<Point> points() {
        return List.copyOf(points);
    }

    /** Writes the curve as CSV (a header, then one line per point; empty cells for NaN), atomically. */
    public void writeCsv(Path target) throws IOException {
        AtomicFile.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            StringBuilder header = new StringBuilder("steps,seconds,episodes,mean_return_last_100,greedy_return");
            for (String name : diagnosticNames) {
                header.append(',').append(name);
            }
            writer.write(header.append('\n').toString());
            for (Point point : points) {
                StringBuilder line = new StringBuilder();
                line.append(point.steps).append(',').append(cell(point.seconds)).append(',').append(point.episodes)
                        .append(',').append(cell(point.recentReturn)).append(',').append(cell(point.greedyReturn));
                for (double value : point.diagnostics) {
                    line.append(',').append(cell(value));
                }
                writer.write(line.append('\n').toString());
            }
            writer.flush();
        });
    }

    private static String cell(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.6g", value) : "";
    }
}
