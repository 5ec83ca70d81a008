package cloudrl.ui.swing.present;

import cloudrl.ui.swing.compare.Hindsight;
import cloudrl.ui.swing.session.ExplorerEvent;
import cloudrl.ui.swing.session.ExplorerFrame;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The window's state between two batches of events: the latest frame, whether a policy plays, and
 * the latest problem. It knows nothing of Swing; the window applies each batch here, then copies
 * the texts into its components. Confined to the EDT.
 */
public final class ExplorerViewModel {

    private ExplorerFrame latest;
    // the latest frame's hindsight optimum: null when none is due, empty while computing
    private Optional<Hindsight> hindsight;
    private boolean playing;
    private String problem;

    /**
     * Takes in a batch of events, in order, and says what the charts must do about it. A new frame
     * clears the previous problem: the user has moved on.
     */
    public ChartUpdate apply(List<ExplorerEvent> events) {
        boolean restart = false;
        List<ExplorerFrame> frames = new ArrayList<>();
        for (ExplorerEvent event : events) {
            if (event instanceof ExplorerEvent.Shown shown) {
                ExplorerFrame frame = shown.frame();
                if (frame.isReset()) {
                    restart = true;
                    frames.clear();
                }
                frames.add(frame);
                latest = frame;
                hindsight = null;
                problem = null;
            } else if (event instanceof ExplorerEvent.HindsightFound found) {
                // one of an older episode arrives late: leave it
                if (found.last() == latest) {
                    hindsight = found.figure();
                }
            } else if (event instanceof ExplorerEvent.PlaybackChanged change) {
                playing = change.playing();
            } else if (event instanceof ExplorerEvent.Problem reported) {
                problem = reported.message();
            }
        }
        return new ChartUpdate(restart, frames);
    }

    /** Records a problem found on the EDT itself, such as a seed that is not a number. */
    public void report(String message) {
        problem = message;
    }

    /** The latest frame, empty before the first reset. */
    public Optional<ExplorerFrame> latest() {
        return Optional.ofNullable(latest);
    }

    /** The metric values of the latest frame, empty before the first reset. */
    public Optional<MetricsText> metrics() {
        return latest().map(MetricsText::of);
    }

    /** The grade, once the latest episode has ended. */
    public Optional<GradeText> grade() {
        return latest().filter(frame -> frame.ending().ended()).map(GradeText::of).map(text -> hindsight == null
                ? text : text.withHindsight(hindsight.map(GradeText::hindsight).orElse(GradeText.COMPUTING)));
    }

    /** The latest episode's hindsight figure, once found; empty elsewhere and while computing. */
    public Optional<Hindsight> hindsight() {
        return hindsight == null ? Optional.empty() : hindsight;
    }

    /** Whether a policy is playing. */
    public boolean playing() {
        return playing;
    }

    /** The latest problem, until the next frame arrives. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** One line about the episode for the status bar. */
    public String status() {
        if (latest == null) {
            return "no episode yet: press Reset (R)";
        }
        String where = latest.task().id() + " · seed " + latest.seed() + " · step " + latest.step() + " of "
                + latest.maxSteps();
        return switch (latest.ending()) {
            case RUNNING -> where + (playing ? " · playing" : "");
            case INSTABILITY -> where + " · ended by instability";
            case TIME_LIMIT -> where + " · ended at the time limit";
        };
    }
}
