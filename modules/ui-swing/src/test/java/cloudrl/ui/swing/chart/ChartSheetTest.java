package cloudrl.ui.swing.chart;

import cloudrl.api.Episode;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Rollout;
import cloudrl.env.Task;
import cloudrl.policy.ThresholdPolicy;
import cloudrl.ui.swing.present.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paints the charts into images with no window, and looks for what must be on them. */
class ChartSheetTest {

    private static final Episode EPISODE = Rollout.play(CloudEnvironment.of(Task.EASY), ThresholdPolicy.defaults(), 2);

    @Test
    void theLinesTheBandAndTheCriticalLineArePainted() {
        for (Theme theme : Theme.values()) {
            BufferedImage image = render(theme);
            assertEquals(1000, image.getWidth());
            assertEquals(800, image.getHeight());
            assertEquals(theme.chartBackground().getRGB(), image.getRGB(2, image.getHeight() - 2), theme.id());
            assertTrue(count(image, theme.cpuLine()) > 200, theme.id() + ": CPU line");
            assertTrue(count(image, theme.memoryLine()) > 200, theme.id() + ": memory line");
            assertTrue(count(image, theme.serversLine()) > 200, theme.id() + ": servers line");
            assertTrue(count(image, theme.requestRateLine()) > 200, theme.id() + ": request rate line");
            assertTrue(count(image, theme.latencyLine()) > 200, theme.id() + ": latency line");
            // dashed and anti-aliased, so few pixels have the exact colour: count red ones in the top chart
            assertTrue(redPixelsInTopThird(image) > 300, theme.id() + ": 95 % line");
            Color band = blend(theme.targetBandFill(), theme.plotBackground());
            assertTrue(countNear(image, band, 3) > 5000, theme.id() + ": 40-70 % band");
        }
    }

    @Test
    void onATraceTheXAxisShowsTheTimeOfDayAndBackToSteps() {
        EpisodeCharts charts = new EpisodeCharts(EpisodeChartData.of(EPISODE), 100, Theme.LIGHT);
        // step 0 at 2 July 1995 00:00 (UTC-4), 5 minutes a step: the 100 steps span 00:00 to 08:20
        cloudrl.workload.TraceClock clock = new cloudrl.workload.TraceClock(java.time.LocalDateTime.of(1995, 7, 2, 0, 0),
                java.time.ZoneOffset.ofHours(-4), 5);
        charts.clock(java.util.Optional.of(clock));
        ChartSheet.render(charts, Theme.LIGHT, "test", 1000, 800);
        java.util.List<String> shown = charts.drawnTimeAxis();
        assertEquals("Time of day, UTC-04:00 (step 0: Sun 2 Jul 1995 00:00)", shown.get(0));
        assertEquals("2 Jul", shown.get(1));
        // whole hours or finer: the 01:00 tick must be there, every label a clock time after the date
        assertTrue(shown.contains("01:00"), shown.toString());
        assertTrue(shown.subList(2, shown.size()).stream().allMatch(label -> label.matches("0[0-8]:[0-5][0-9]")),
                shown.toString());
        charts.clock(java.util.Optional.empty());
        ChartSheet.render(charts, Theme.LIGHT, "test", 1000, 800);
        assertEquals("Step", charts.drawnTimeAxis().get(0));
        assertTrue(charts.drawnTimeAxis().contains("100"), charts.drawnTimeAxis().toString());
    }

    @Test
    void themesLookDifferent() {
        assertNotEquals(render(Theme.LIGHT).getRGB(5, 5), render(Theme.DARK).getRGB(5, 5));
    }

    @Test
    void writesAReadablePng(@TempDir Path folder) throws Exception {
        Path target = folder.resolve("charts.png");
        ChartSheet.writePng(render(Theme.LIGHT), target);
        BufferedImage read = ImageIO.read(target.toFile());
        assertEquals(1000, read.getWidth());
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void sizesOutsideTheAllowedRangeAreRefused() {
        EpisodeCharts charts = new EpisodeCharts(EpisodeChartData.of(EPISODE), 100, Theme.LIGHT);
        IllegalArgumentException narrow = assertThrows(IllegalArgumentException.class,
                () -> ChartSheet.render(charts, Theme.LIGHT, "t", 10, 800));
        assertEquals("width 10 is not allowed: must be 300 to 8000 pixels", narrow.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ChartSheet.render(charts, Theme.LIGHT, "t", 800, 9000));
    }

    private static BufferedImage render(Theme theme) {
        EpisodeCharts charts = new EpisodeCharts(EpisodeChartData.of(EPISODE), 100, theme);
        return ChartSheet.render(charts, theme, "test", 1000, 800);
    }

    private static int redPixelsInTopThird(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight() / 3; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color pixel = new Color(image.getRGB(x, y));
                if (pixel.getRed() > 150 && pixel.getGreen() < pixel.getRed() - 50
                        && pixel.getBlue() < pixel.getRed() - 50) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int count(BufferedImage image, Color colour) {
        return countNear(image, colour, 0);
    }

    private static int countNear(BufferedImage image, Color colour, int tolerance) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color pixel = new Color(image.getRGB(x, y));
                if (Math.abs(pixel.getRed() - colour.getRed()) <= tolerance
                        && Math.abs(pixel.getGreen() - colour.getGreen()) <= tolerance
                        && Math.abs(pixel.getBlue() - colour.getBlue()) <= tolerance) {
                    count++;
                }
            }
        }
        return count;
    }

    private static Color blend(Color translucent, Color under) {
        double alpha = translucent.getAlpha() / 255.0;
        return new Color((int) Math.round(translucent.getRed() * alpha + under.getRed() * (1 - alpha)),
                (int) Math.round(translucent.getGreen() * alpha + under.getGreen() * (1 - alpha)),
                (int) Math.round(translucent.getBlue() * alpha + under.getBlue() * (1 - alpha)));
    }
}
