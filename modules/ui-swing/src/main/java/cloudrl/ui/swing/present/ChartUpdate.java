package cloudrl.ui.swing.present;

import cloudrl.ui.swing.session.ExplorerFrame;

import java.util.List;

/**
 * What one batch of events changes in the charts: optionally start over (a reset happened), then
 * append these frames.
 *
 * @param restart whether to clear the charts before appending
 * @param frames  the frames to append, in order
 */
public record ChartUpdate(boolean restart, List<ExplorerFrame> frames) {

    public ChartUpdate {
        frames = List.copyOf(frames);
    }

    /** Whether the charts stay as they are. */
    public boolean none() {
        return !restart && frames.isEmpty();
    }
}
