package cloudrl.ui.swing;

import cloudrl.grader.EpisodeGrader;
import cloudrl.ui.swing.chart.ChartSheet;
import cloudrl.ui.swing.chart.EpisodeChartData;
import cloudrl.ui.swing.chart.EpisodeCharts;
import cloudrl.ui.swing.present.Theme;
import cloudrl.ui.swing.session.ExplorerSession;
import cloudrl.ui.swing.window.ExplorerWindow;

import javax.swing.SwingUtilities;
import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Opens the desktop explorer window. */
public final class Explorer {

    private Explorer() {
    }

    /** Whether this Java can show windows: false without a display or with {@code java.awt.headless=true}. */
    public static boolean displayAvailable() {
        return !GraphicsEnvironment.isHeadless();
    }

    /** Why no window can be shown, in a few words; empty when a display is configured. */
    public static Optional<String> missingDisplay() {
        if (displayAvailable()) {
            return Optional.empty();
        }
        String display = System.getenv("DISPLAY");
        return Optional.of(display == null || display.isBlank() ? "DISPLAY is not set"
                : "Java runs headless: java.awt.headless is true");
    }

    /**
     * Opens the window, shows it and starts the first episode; returns once the window is visible.
     * Call from any thread but the event-dispatch thread.
     *
     * @throws DisplayUnavailableException when there is no display, or it cannot be reached
     * @throws IllegalStateException        when called on the event-dispatch thread, or the window could not be built
     */
    public static ExplorerHandle open(ExplorerOptions options) {
        Optional<String> missing = missingDisplay();
        if (missing.isPresent()) {
            throw new DisplayUnavailableException(missing.get(), null);
        }
        startWarmUp(options);
        try {
            return new ExplorerHandle(openOnEventThread(options));
        } catch (HeadlessException | AWTError cannotConnect) {
            // AWT reports an unreachable display as an Error, on whichever call first needs it
            throw new DisplayUnavailableException(cannotConnect.getMessage(), cannotConnect);
        }
    }

    /**
     * While the event-dispatch thread starts the window system, a second thread loads the chart
     * library, Java2D's text and the simulation by using them on objects of its own, which no other
     * thread touches. On two cores this takes a few hundred milliseconds off the time to a window.
     */
    private static void startWarmUp(ExplorerOptions options) {
        Thread warmUp = new Thread(() -> {
            try {
                EpisodeCharts charts = new EpisodeCharts(new EpisodeChartData(), 100, Theme.LIGHT);
                ChartSheet.render(charts, Theme.LIGHT, "warm-up", ChartSheet.MIN_SIZE, ChartSheet.MIN_SIZE);
                new ExplorerSession(options.environments(), new EpisodeGrader()).reset(options.task(), options.seed());
            } catch (RuntimeException | LinkageError ignored) {
                // only a head start: the window does the same work itself and reports any failure
            }
        }, "cloudrl-explorer-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static ExplorerWindow openOnEventThread(ExplorerOptions options) {
        if (SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("Explorer.open waits for the window: call it off the event-dispatch thread");
        }
        AtomicReference<ExplorerWindow> window = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> window.set(ExplorerWindow.open(options)));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the explorer window", interrupted);
        } catch (InvocationTargetException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("cannot open the explorer window: " + cause.getMessage(), cause);
        }
        return window.get();
    }
}
