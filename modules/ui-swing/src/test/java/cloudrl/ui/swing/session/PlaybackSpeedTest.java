package cloudrl.ui.swing.session;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaybackSpeedTest {

    @Test
    void delaysAndLabels() {
        assertEquals(100_000_000L, new PlaybackSpeed(10).delayNanos());
        assertEquals("10 steps/s", new PlaybackSpeed(10).label());
        assertEquals("1 step/s", new PlaybackSpeed(1).label());
        assertEquals(0, PlaybackSpeed.FULL.delayNanos());
        assertEquals("full speed", PlaybackSpeed.FULL.label());
        assertTrue(PlaybackSpeed.CHOICES.get(PlaybackSpeed.CHOICES.size() - 1).full());
    }

    @Test
    void negativeOrAbsurdSpeedsAreRefused() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> new PlaybackSpeed(-1));
        assertEquals("playback speed -1 steps per second is not allowed: choose 1 to 1000, or 0 for full speed",
                negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PlaybackSpeed(1001));
    }
}
