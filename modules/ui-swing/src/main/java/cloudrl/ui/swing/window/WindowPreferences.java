package cloudrl.ui.swing.window;

import cloudrl.ui.swing.present.Theme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs: its size, theme and whether a trace's charts show the time of day. Values out of range (a damaged or
 * hand-edited store) fall back to sensible ones rather than stopping the window.
 */
final class WindowPreferences {

    static final Dimension DEFAULT_SIZE = new Dimension(1280, 820);
    /** Small enough for a 1280 × 720 screen with a task bar; below it the panels scroll. */
    static final Dimension MIN_SIZE = new Dimension(800, 540);
    private static final int MAX_SIDE = 10_000;
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String THEME = "theme";
    private static final String TIME_OF_DAY = "axis.timeOfDay";

    private static final Logger LOG = LoggerFactory.getLogger(WindowPreferences.class);

    private final Preferences node;

    WindowPreferences(Preferences node) {
        this.node = node;
    }

    Dimension size() {
        int width = node.getInt(WIDTH, DEFAULT_SIZE.width);
        int height = node.getInt(HEIGHT, DEFAULT_SIZE.height);
        if (width < MIN_SIZE.width || width > MAX_SIDE || height < MIN_SIZE.height || height > MAX_SIDE) {
            return new Dimension(DEFAULT_SIZE);
        }
        return new Dimension(width, height);
    }

    /**
     * {@code wanted}, shrunk to fit {@code screen} (the usable area, without task bars), but never
     * below {@link #MIN_SIZE} unless the screen itself is smaller.
     */
    static Dimension fitted(Dimension wanted, Rectangle screen) {
        int width = Math.min(wanted.width, screen.width);
        int height = Math.min(wanted.height, screen.height);
        return new Dimension(Math.max(width, Math.min(MIN_SIZE.width, screen.width)),
                Math.max(height, Math.min(MIN_SIZE.height, screen.height)));
    }

    void size(Dimension size) {
        node.putInt(WIDTH, size.width);
        node.putInt(HEIGHT, size.height);
        flush();
    }

    Theme theme() {
        return Theme.fromId(node.get(THEME, Theme.LIGHT.id()));
    }

    void theme(Theme theme) {
        node.put(THEME, theme.id());
        flush();
    }

    /** Whether a trace's charts label the steps with their time of day; on by default. */
    boolean timeOfDay() {
        return node.getBoolean(TIME_OF_DAY, true);
    }

    void timeOfDay(boolean shown) {
        node.putBoolean(TIME_OF_DAY, shown);
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException cannotStore) {
            // the window works without remembering; say so in the log only
            LOG.warn("cannot store the explorer's preferences: {}", cannotStore.getMessage());
        }
    }
}
