package cloudrl.ui.swing.session;

import cloudrl.ui.swing.compare.Hindsight;

import java.util.Objects;
import java.util.Optional;

/** What the simulation side tells the window. */
public sealed interface ExplorerEvent {

    /** A new state to show: a reset or a step. */
    record Shown(ExplorerFrame frame) implements ExplorerEvent {
        public Shown {
            Objects.requireNonNull(frame, "frame");
        }
    }

    /** Playback started or stopped (paused, or the episode ended). */
    record PlaybackChanged(boolean playing) implements ExplorerEvent {
    }

    /**
     * The hindsight optimum of the episode {@code last} ended, on a trace: empty while it is being
     * computed (off the event thread), then the figure.
     */
    record HindsightFound(ExplorerFrame last, Optional<Hindsight> figure) implements ExplorerEvent {
        public HindsightFound {
            Objects.requireNonNull(last, "last");
            Objects.requireNonNull(figure, "figure");
        }
    }

    /** Something the user asked for could not be done; {@code message} says what and why, in one line. */
    record Problem(String message) implements ExplorerEvent {
        public Problem {
            Objects.requireNonNull(message, "message");
        }
    }
}
