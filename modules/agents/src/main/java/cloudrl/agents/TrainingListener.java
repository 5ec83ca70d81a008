package cloudrl.agents;

import java.nio.file.Path;

/** Told how training goes, from the training thread: for a progress display. */
public interface TrainingListener {

    /** Called about twice a second, and once at the end. */
    void progress(TrainingProgress progress);

    /** Called after each complete checkpoint is in place in {@code model}. */
    default void checkpointSaved(long steps, Path model) {
    }
}
