package cloudrl.ui.swing.window;

import cloudrl.api.Episode;
import cloudrl.ui.swing.chart.ChartSheet;
import cloudrl.ui.swing.chart.EpisodeChartData;
import cloudrl.ui.swing.chart.EpisodeCharts;
import cloudrl.ui.swing.export.EpisodeCsv;
import cloudrl.ui.swing.present.Theme;
import cloudrl.workload.TraceClock;
import cloudrl.ui.swing.session.ExplorerController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.SwingUtilities;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The episode's exports, written off the EDT from a snapshot the simulation thread takes between two
 * steps: CSV, and the charts painted afresh into a PNG (the live charts are never read off the EDT).
 * The status line tells how each went.
 */
final class EpisodeExports {

    /** Size of exported chart images. */
    static final int WIDTH = 1400;
    static final int HEIGHT = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(EpisodeExports.class);

    private final ExplorerController controller;
    private final Workshop workshop;

    EpisodeExports(ExplorerController controller, Workshop workshop) {
        this.controller = controller;
        this.workshop = workshop;
    }

    /** Writes the episode so far as CSV to {@code target}. */
    CompletableFuture<Path> csv(Path target) {
        return export(target, episode -> {
            try {
                EpisodeCsv.write(episode, target);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed.getMessage(), failed);
            }
        });
    }

    /**
     * Paints the episode's charts in {@code look} under {@code title}, the x axis showing {@code clock}'s
     * time of day when present, and writes them as PNG to {@code target}.
     */
    CompletableFuture<Path> png(Path target, Theme look, int maxSteps, Optional<TraceClock> clock, String title) {
        return export(target, episode -> {
            EpisodeCharts copy = new EpisodeCharts(EpisodeChartData.of(episode), maxSteps, look);
            copy.clock(clock);
            BufferedImage image = ChartSheet.render(copy, look, title, WIDTH, HEIGHT);
            try {
                ChartSheet.writePng(image, target);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed.getMessage(), failed);
            }
        });
    }

    private CompletableFuture<Path> export(Path target, Consumer<Episode> writer) {
        CompletableFuture<Path> done = controller.episode().thenApplyAsync(episode -> {
            writer.accept(episode.orElseThrow(() -> new IllegalStateException("no episode to export yet")));
            return target;
        });
        done.whenComplete((path, failure) -> SwingUtilities.invokeLater(() -> {
            if (failure == null) {
                LOG.info("explorer: saved {}", path);
                workshop.tell("saved " + path, false);
            } else {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                LOG.warn("explorer: export to {} failed", target, cause);
                workshop.tell("cannot export: " + cause.getMessage(), true);
            }
        }));
        return done;
    }
}
