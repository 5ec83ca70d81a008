package cloudrl.api;

import java.util.Map;

/**
 * A reward and the named parts it was built from.
 *
 * @param value      the reward, in [0, 1]
 * @param components named parts before normalisation, in the order the reward function lists them
 */
public record RewardBreakdown(double value, Map<String, Double> components) {

    public RewardBreakdown {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("reward " + value + " is outside [0, 1]");
        }
        // the order the reward function lists its parts in is kept, so every run prints them alike
        components = OrderedValues.copyOf(components);
    }
}
