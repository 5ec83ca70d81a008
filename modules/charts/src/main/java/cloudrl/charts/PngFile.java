package cloudrl.charts;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a chart as a PNG file atomically: into a temporary file beside the target, then moved over
 * it in one step, so a reader never sees half an image and a failed write leaves the old file as it was.
 */
public final class PngFile {

    private PngFile() {
    }

    /**
     * Draws {@code chart} at {@code width} x {@code height} pixels into {@code file}, replacing it.
     *
     * @throws IllegalArgumentException when a size is not in [100, 10000]
     * @throws UncheckedIOException     naming the file when it cannot be written
     */
    public static void write(JFreeChart chart, int width, int height, Path file) {
        if (width < 100 || width > 10_000 || height < 100 || height > 10_000) {
            throw new IllegalArgumentException("a chart of " + width + " x " + height
                    + " pixels is not allowed: each side must be in [100, 10000]");
        }
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            // a name of our own rather than createTempFile, whose owner-only permissions the chart would keep
            temporary = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + System.nanoTime() + ".part");
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ChartUtils.writeChartAsPNG(out, chart, width, height);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot write the chart " + target + ": " + failed.getMessage(), failed);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // the temporary file is hidden and harmless; the error that matters has been reported
        }
    }
}
