package cloudrl.ui.swing.present;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FrameTimesTest {

    @Test
    void summarisesByNearestRank() {
        FrameTimes times = new FrameTimes();
        for (int ms = 1; ms <= 20; ms++) {
            times.record(ms * 1_000_000L);
        }
        // mean of 1..20 is 10.5; the 95th percentile is the ceil(0.95 · 20) = 19th smallest
        assertEquals(10.5, times.meanMillis(), 1e-9);
        assertEquals(19, times.percentileMillis(0.95), 1e-9);
        assertEquals(20, times.maxMillis(), 1e-9);
        assertEquals("20 frames, mean 10.5 ms, p95 19.0 ms, max 20.0 ms", times.summary());
        times.clear();
        assertEquals(0, times.count());
    }
}
