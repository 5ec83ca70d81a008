package cloudrl.ui.swing.window;

import cloudrl.api.Action;
import cloudrl.ui.swing.session.PlaybackSpeed;

/** What the controls and shortcuts ask the window to do; every method runs on the EDT and returns at once. */
interface ExplorerCommands {

    /** Starts a new episode with the task and seed the controls show. */
    void reset();

    /** Takes one step with {@code action}. */
    void act(Action action);

    /**
     * Takes one step with the action named {@code name} ({@link ActionLabel#DECREASE},
     * {@link ActionLabel#MAINTAIN}, {@link ActionLabel#INCREASE}: beside the scheme's keep), if the
     * scheme has one.
     */
    void act(String name);

    /** Takes the number of steps the controls show, with their action. */
    void runSteps();

    /** Plays the selected policy, or pauses it if it is playing. */
    void togglePlay();

    /** Takes one step with the selected policy. */
    void stepPolicy();

    /** Plays at {@code speed} from the next step on. */
    void speed(PlaybackSpeed speed);
}
