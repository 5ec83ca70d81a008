package cloudrl.bridge;

import java.util.List;

/**
 * What Python needs to register and describe one environment id: the observation's feature names
 * and bounds, and the label of every action. Sizes come from here, never from Python.
 *
 * @param id           the environment id, registered in Python as {@code CloudRL/<id>-v0}
 * @param description  one line saying what the environment is
 * @param featureNames one name per observation coordinate
 * @param low          lower bound per coordinate
 * @param high         upper bound per coordinate (infinite when open)
 * @param actionLabels one label per action index
 */
public record EnvironmentEntry(String id, String description, List<String> featureNames, float[] low, float[] high,
                               List<String> actionLabels) {

    public EnvironmentEntry {
        featureNames = List.copyOf(featureNames);
        actionLabels = List.copyOf(actionLabels);
        low = low.clone();
        high = high.clone();
        if (featureNames.size() != low.length || low.length != high.length) {
            throw new IllegalArgumentException("environment " + id + " names " + featureNames.size()
                    + " features for " + low.length + " lower and " + high.length + " upper bounds");
        }
    }

    /** Number of observation coordinates. */
    public int dimension() {
        return low.length;
    }

    /** Number of actions. */
    public int actions() {
        return actionLabels.size();
    }
}
