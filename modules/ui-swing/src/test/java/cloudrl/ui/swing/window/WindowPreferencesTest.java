package cloudrl.ui.swing.window;

import cloudrl.ui.swing.present.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.awt.Dimension;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WindowPreferencesTest {

    private final Preferences node = Preferences.userRoot().node("cloudrl-test-" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void defaultsThenWhatWasStored() {
        WindowPreferences preferences = new WindowPreferences(node);
        assertEquals(WindowPreferences.DEFAULT_SIZE, preferences.size());
        assertEquals(Theme.LIGHT, preferences.theme());
        assertEquals(true, preferences.timeOfDay());

        preferences.size(new Dimension(1500, 900));
        preferences.theme(Theme.DARK);
        preferences.timeOfDay(false);
        WindowPreferences reread = new WindowPreferences(node);
        assertEquals(new Dimension(1500, 900), reread.size());
        assertEquals(Theme.DARK, reread.theme());
        assertEquals(false, reread.timeOfDay());
    }

    @Test
    void damagedValuesFallBackToDefaults() {
        node.putInt("window.width", 10);
        node.putInt("window.height", 900);
        node.put("theme", "purple");
        WindowPreferences preferences = new WindowPreferences(node);
        assertEquals(WindowPreferences.DEFAULT_SIZE, preferences.size());
        assertEquals(Theme.LIGHT, preferences.theme());
    }

    @Test
    void theWindowFitsA1280By720Screen() {
        // 1280 x 720 with a 40-pixel task bar: the default 1280 x 820 would hide the status line
        java.awt.Dimension fitted = WindowPreferences.fitted(WindowPreferences.DEFAULT_SIZE,
                new java.awt.Rectangle(0, 0, 1280, 680));
        assertEquals(new java.awt.Dimension(1280, 680), fitted);
        // a small remembered size is kept; a screen smaller than the minimum gets the whole screen
        assertEquals(new java.awt.Dimension(900, 600), WindowPreferences.fitted(new java.awt.Dimension(900, 600),
                new java.awt.Rectangle(0, 0, 1920, 1080)));
        assertEquals(new java.awt.Dimension(640, 480), WindowPreferences.fitted(WindowPreferences.DEFAULT_SIZE,
                new java.awt.Rectangle(0, 0, 640, 480)));
    }
}
