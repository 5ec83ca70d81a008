package cloudrl.api;

/**
 * What {@link Environment#reset(long)} returns: the first observation of an episode and its info.
 *
 * @param observation the state the episode starts in
 * @param info        diagnostics for that state (step 0, no reward components)
 */
public record ResetResult(Observation observation, StepInfo info) {
}
