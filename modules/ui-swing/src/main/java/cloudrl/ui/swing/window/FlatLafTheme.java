package cloudrl.ui.swing.window;

import cloudrl.ui.swing.present.Theme;
import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;

/** Installs the FlatLaf look of a {@link Theme}. */
final class FlatLafTheme {

    private FlatLafTheme() {
    }

    /** Installs {@code theme}'s look for components created from now on. */
    static void install(Theme theme) {
        FlatLaf laf = theme == Theme.DARK ? new FlatDarkLaf() : new FlatLightLaf();
        if (!FlatLaf.setup(laf)) {
            throw new IllegalStateException("cannot install the " + theme.id() + " FlatLaf look");
        }
    }

    /** Installs {@code theme}'s look and restyles every open window. */
    static void switchTo(Theme theme) {
        install(theme);
        FlatLaf.updateUI();
    }
}
