package cloudrl.ui.swing.window;

import cloudrl.env.Task;
import cloudrl.plugins.Selection;
import cloudrl.ui.swing.present.Theme;
import cloudrl.ui.swing.Workbench;

import java.util.Optional;

/** What the compare and inspect panels ask the window: the current providers, set-up, episode and look. Called on the EDT. */
interface Workshop {

    /** The providers on offer now. */
    Workbench workbench();

    /** The applied set-up with {@code policyId} as its policy: the form's parameters for the form's policy, defaults for any other. */
    Optional<Selection> selectionWith(String policyId);

    /** The task and seed of the episode shown. */
    Task task();

    long seed();

    Theme theme();

    /** Says {@code message} in the status line, as a notice or as a problem. */
    void tell(String message, boolean problem);
}
