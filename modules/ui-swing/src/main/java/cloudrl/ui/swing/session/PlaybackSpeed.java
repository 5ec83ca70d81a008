package cloudrl.ui.swing.session;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How fast a policy plays: a number of steps per second, or as fast as the machine goes.
 *
 * @param stepsPerSecond steps per second, at least 1; {@link #FULL} has 0
 */
public record PlaybackSpeed(int stepsPerSecond) {

    /** As fast as possible, with the window updated in batches. */
    public static final PlaybackSpeed FULL = new PlaybackSpeed(0);

    /** The speeds the window offers, slowest first. */
    public static final List<PlaybackSpeed> CHOICES = List.of(new PlaybackSpeed(1), new PlaybackSpeed(2),
            new PlaybackSpeed(5), new PlaybackSpeed(10), new PlaybackSpeed(20), new PlaybackSpeed(50), FULL);

    public PlaybackSpeed {
        if (stepsPerSecond < 0 || stepsPerSecond > 1000) {
            throw new IllegalArgumentException("playback speed " + stepsPerSecond
                    + " steps per second is not allowed: choose 1 to 1000, or 0 for full speed");
        }
    }

    /** Whether this is full speed. */
    public boolean full() {
        return stepsPerSecond == 0;
    }

    /** The pause between two steps. */
    public long delayNanos() {
        return full() ? 0 : TimeUnit.SECONDS.toNanos(1) / stepsPerSecond;
    }

    /** The speed as the window names it: "10 steps/s" or "full speed". */
    public String label() {
        if (full()) {
            return "full speed";
        }
        return stepsPerSecond + (stepsPerSecond == 1 ? " step/s" : " steps/s");
    }
}
