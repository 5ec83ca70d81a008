package cloudrl.ui.swing.present;

import java.util.Arrays;
import java.util.Locale;

/**
 * How long the window took to paint its frames: each chart repaint's duration is recorded, and a
 * summary gives the count, mean, 95th percentile and maximum. For the diagnostic the end-to-end test
 * prints while a long episode plays at full speed. Confined to the EDT.
 */
public final class FrameTimes {

    private long[] nanos = new long[1024];
    private int count;

    /** Records one frame that took {@code durationNanos}. */
    public void record(long durationNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = durationNanos;
    }

    /** Forgets every frame recorded so far. */
    public void clear() {
        count = 0;
    }

    /** Frames recorded. */
    public int count() {
        return count;
    }

    /** Mean frame time in milliseconds; 0 without frames. */
    public double meanMillis() {
        if (count == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += nanos[i];
        }
        return sum / count / 1e6;
    }

    /**
     * The frame time below which a fraction {@code p} of frames lie, in milliseconds (nearest rank:
     * the {@code ceil(p·n)}-th smallest); 0 without frames.
     */
    public double percentileMillis(double p) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("percentile " + p + " is not allowed: must be in (0, 1]");
        }
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(p * count) - 1] / 1e6;
    }

    /** The longest frame in milliseconds; 0 without frames. */
    public double maxMillis() {
        return count == 0 ? 0 : percentileMillis(1);
    }

    /** {@code 312 frames, mean 4.1 ms, p95 7.9 ms, max 12.0 ms}. */
    public String summary() {
        return String.format(Locale.ROOT, "%d frames, mean %.1f ms, p95 %.1f ms, max %.1f ms", count, meanMillis(),
                count == 0 ? 0 : percentileMillis(0.95), maxMillis());
    }
}
