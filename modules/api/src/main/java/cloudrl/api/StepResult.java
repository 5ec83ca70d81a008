package cloudrl.api;

/**
 * What one {@link Environment#step(Action)} returns, with Gymnasium's meanings.
 *
 * @param observation the state after the action and the new traffic
 * @param reward      the reward for that state
 * @param terminated  the episode ended because the system became unstable
 * @param truncated   the episode ended at the time limit without becoming unstable
 * @param info        diagnostics: step index, latency, reward components
 */
public record StepResult(Observation observation, double reward, boolean terminated, boolean truncated,
                         StepInfo info) {

    public StepResult {
        if (terminated && truncated) {
            throw new IllegalArgumentException("a step cannot be both terminated and truncated");
        }
    }

    /** Whether the episode is over, for either reason. */
    public boolean done() {
        return terminated || truncated;
    }
}
