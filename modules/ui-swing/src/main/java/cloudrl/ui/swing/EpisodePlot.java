package cloudrl.ui.swing;

import cloudrl.api.Episode;
import cloudrl.ui.swing.chart.ChartSheet;
import cloudrl.ui.swing.chart.EpisodeChartData;
import cloudrl.ui.swing.chart.EpisodeCharts;
import cloudrl.ui.swing.present.Theme;
import cloudrl.workload.TraceClock;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** The explorer's charts of a recorded episode as an image, without a display: for reports and servers. */
public final class EpisodePlot {

    /** Image size used when none is asked for. */
    public static final int DEFAULT_WIDTH = 1200;
    public static final int DEFAULT_HEIGHT = 900;

    private EpisodePlot() {
    }

    /**
     * Paints the three charts of {@code episode} under {@code title}, the step axis running to {@code maxSteps}.
     *
     * @throws IllegalArgumentException when a size is outside 300 to 8000 pixels or maxSteps is below 1
     */
    public static BufferedImage render(Episode episode, int maxSteps, String title, int width, int height) {
        return render(episode, maxSteps, Optional.empty(), title, width, height);
    }

    /**
     * As {@link #render(Episode, int, String, int, int)}, the x axis labelled with the time of day of
     * {@code clock} (a trace's episode, {@code TraceWorkload.clock()}) when present, as the window does.
     */
    public static BufferedImage render(Episode episode, int maxSteps, Optional<TraceClock> clock, String title,
                                       int width, int height) {
        EpisodeCharts charts = new EpisodeCharts(EpisodeChartData.of(episode), maxSteps, Theme.LIGHT);
        charts.clock(clock);
        return ChartSheet.render(charts, Theme.LIGHT, title, width, height);
    }

    /** As {@link #render}, written to {@code out} as a PNG; the file appears whole or not at all. */
    public static void writePng(Episode episode, int maxSteps, String title, Path out, int width, int height)
            throws IOException {
        writePng(episode, maxSteps, Optional.empty(), title, out, width, height);
    }

    /** As {@link #render(Episode, int, Optional, String, int, int)}, written to {@code out} as a PNG, atomically. */
    public static void writePng(Episode episode, int maxSteps, Optional<TraceClock> clock, String title, Path out,
                                int width, int height) throws IOException {
        ChartSheet.writePng(render(episode, maxSteps, clock, title, width, height), out);
    }
}
