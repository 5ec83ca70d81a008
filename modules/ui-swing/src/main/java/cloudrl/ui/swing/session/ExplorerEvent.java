package cloudrl.ui.swing.session;

import java.util.Objects;

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

    /** Something the user asked for could not be done; {@code message} says what and why, in one line. */
    record Problem(String message) implements ExplorerEvent {
        public Problem {
            Objects.requireNonNull(message, "message");
        }
    }
}
