package cloudrl.agents;

/**
 * Generalised advantage estimation (Schulman et al., 2016) over a rollout of {@code T} steps of
 * {@code N} environments, laid out step-major: entry {@code t * N + i} is step {@code t} of
 * environment {@code i}.
 *
 * <p>For a step that counts: {@code delta = r + gamma * V(next) * (1 - terminal) - V(s)} and
 * {@code A = delta + gamma * lambda * (1 - ended) * A(next step)}, where {@code V(next)} is the
 * value recorded at the following step of the same environment (or {@code lastValues} after the
 * rollout's last step). {@code terminal} says the next state has no value (the episode ended by
 * instability, or by its time limit when the networks see the time); {@code ended} says the
 * episode ended at all, so advantages never leak across episodes.
 *
 * <p>The step after an ending is the vector environment's autoreset: its action was ignored and it
 * is not {@code valid}. It gets no advantage; the value recorded there is that of the ended
 * episode's last observation, exactly what a time-limit ending without the time input bootstraps
 * from.
 */
public final class AdvantageEstimator {

    private AdvantageEstimator() {
    }

    /**
     * Fills {@code advantages} and {@code returns} ({@code advantage + value}), {@code T * N} entries each.
     *
     * @param values     {@code V(s)} recorded at every step, valid or not
     * @param lastValues {@code V} of each environment's observation after the last step
     */
    public static void estimate(int steps, int envs, float[] rewards, float[] values, float[] lastValues,
                                boolean[] terminal, boolean[] ended, boolean[] valid, double gamma, double lambda,
                                float[] advantages, float[] returns) {
        int total = steps * envs;
        if (rewards.length < total || values.length < total || terminal.length < total || ended.length < total
                || valid.length < total || advantages.length < total || returns.length < total
                || lastValues.length < envs) {
            throw new IllegalArgumentException("every array must hold " + total + " entries (" + steps + " steps x "
                    + envs + " environments), lastValues " + envs);
        }
        for (int i = 0; i < envs; i++) {
            double following = 0;
            for (int t = steps - 1; t >= 0; t--) {
                int at = t * envs + i;
                double nextValue = t == steps - 1 ? lastValues[i] : values[at + envs];
                if (!valid[at]) {
                    advantages[at] = 0;
                    returns[at] = values[at];
                    following = 0;
                    continue;
                }
                double delta = rewards[at] + (terminal[at] ? 0 : gamma * nextValue) - values[at];
                double advantage = delta + (ended[at] ? 0 : gamma * lambda * following);
                advantages[at] = (float) advantage;
                returns[at] = (float) (advantage + values[at]);
                following = advantage;
            }
        }
    }
}
