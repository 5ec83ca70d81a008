package cloudrl.launcher;

import cloudrl.agents.TrainingListener;
import cloudrl.agents.TrainingProgress;

import java.util.Locale;

/**
 * Shows how training goes: on a terminal a progress bar redrawn in place (steps, steps per second,
 * the recent mean episodic return, time left); otherwise, as in a log file, one plain line per tenth
 * of the run.
 */
final class TrainingDisplay implements TrainingListener {

    private static final int BAR_WIDTH = 24;

    private final Printer printer;
    private final boolean terminal;
    private int tenthsShown;
    private boolean barShown;

    TrainingDisplay(Printer printer, boolean terminal) {
        this.printer = printer;
        this.terminal = terminal;
    }

    @Override
    public void progress(TrainingProgress progress) {
        if (terminal) {
            int filled = (int) Math.round(progress.fraction() * BAR_WIDTH);
            printer.status("[%s%s] %3.0f%%  %s", "#".repeat(filled), "-".repeat(BAR_WIDTH - filled),
                    100 * progress.fraction(), figures(progress));
            barShown = true;
            return;
        }
        int tenths = (int) Math.floor(progress.fraction() * 10);
        if (tenths > tenthsShown) {
            tenthsShown = tenths;
            printer.line("%3d%%  %s", tenths * 10, figures(progress));
            printer.flush();
        }
    }

    /** Ends the progress bar's line, so what follows starts on a fresh one. */
    void finish() {
        if (barShown) {
            printer.line();
            barShown = false;
        }
    }

    private static String figures(TrainingProgress progress) {
        String recent = Double.isNaN(progress.recentReturn()) ? "-"
                : String.format(Locale.ROOT, "%.2f", progress.recentReturn());
        return String.format(Locale.ROOT, "%,d/%,d steps  %,.0f steps/s  return %s (last 100 episodes)  %s",
                progress.steps(), progress.totalSteps(), progress.stepsPerSecond(), recent,
                progress.steps() >= progress.totalSteps() ? "done in " + clock(progress.elapsedSeconds())
                        : "ETA " + clock(progress.remainingSeconds()));
    }

    static String clock(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "--:--";
        }
        long whole = Math.round(seconds);
        return whole >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
                : String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60);
    }
}
