package cloudrl.charts;

import cloudrl.io.AtomicFile;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Writes a chart as a PNG file, atomically ({@link AtomicFile}): never half an image. */
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
        try {
            AtomicFile.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
        } catch (IOException failed) {
            throw new UncheckedIOException("the chart: " + failed.getMessage(), failed);
        }
    }
}
