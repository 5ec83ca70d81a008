package cloudrl.ui.swing.window;

import cloudrl.ui.swing.chart.EpisodeCharts;
import cloudrl.workload.TraceClock;

import javax.swing.JCheckBoxMenuItem;
import javax.swing.KeyStroke;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.Optional;

/**
 * View › Time of day on the x axis: on a trace that knows when it was recorded, the charts label the
 * steps with the time of day they replay; elsewhere the item is disabled and its tooltip says why.
 * The choice is remembered; it is on unless the user turned it off.
 */
final class TimeAxisChoice {

    static final String ON_TRACE = "Label the charts' x axis with the time of day each step replays, instead of the"
            + " step number";
    static final String NO_CLOCK = "Only on a trace that knows when it was recorded (nasa-1995, twitter-2021, or"
            + " trace with workload.clock=...): this episode's workload has no time of day";

    final JCheckBoxMenuItem item = new JCheckBoxMenuItem("Time of day on the x axis");
    private final WindowPreferences preferences;
    private final EpisodeCharts charts;
    private Optional<TraceClock> episode = Optional.empty();

    TimeAxisChoice(WindowPreferences preferences, EpisodeCharts charts) {
        this.preferences = preferences;
        this.charts = charts;
        item.setName("timeOfDayAxis");
        item.setSelected(preferences.timeOfDay());
        item.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_D, InputEvent.CTRL_DOWN_MASK));
        item.addActionListener(event -> {
            preferences.timeOfDay(item.isSelected());
            show();
        });
        show();
    }

    /** A new episode began; {@code clock} says when its steps were recorded, if it is known. */
    void episode(Optional<TraceClock> clock) {
        if (!clock.equals(episode)) {
            episode = clock;
            show();
        }
    }

    /** The clock the charts show, empty when they show steps: what an export draws too. */
    Optional<TraceClock> shown() {
        return charts.clock();
    }

    private void show() {
        item.setEnabled(episode.isPresent());
        item.setToolTipText(episode.isPresent() ? ON_TRACE : NO_CLOCK);
        charts.clock(item.isSelected() ? episode : Optional.empty());
    }
}
