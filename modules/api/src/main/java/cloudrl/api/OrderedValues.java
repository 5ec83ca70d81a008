package cloudrl.api;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The one immutable, ordered copy of named values that {@link RewardBreakdown} and {@link StepInfo} keep.
 * Its own class, so a map that already is one is passed on without a copy (a breakdown's parts go into
 * the step's info on every step), while any other map, an unmodifiable view of a map its caller may still
 * change included, is copied.
 */
final class OrderedValues extends AbstractMap<String, Double> {

    private static final Map<String, Double> EMPTY = Map.of();

    private final Map<String, Double> view;

    private OrderedValues(Map<String, Double> copy) {
        this.view = Collections.unmodifiableMap(copy);
    }

    /** {@code values} in their order, immutable: itself when it already is such a copy or {@code Map.of()}. */
    static Map<String, Double> copyOf(Map<String, Double> values) {
        if (values == EMPTY || values instanceof OrderedValues) {
            return values;
        }
        return values.isEmpty() ? EMPTY : new OrderedValues(new LinkedHashMap<>(values));
    }

    @Override
    public Set<Entry<String, Double>> entrySet() {
        return view.entrySet();
    }

    @Override
    public Double get(Object key) {
        return view.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return view.containsKey(key);
    }

    @Override
    public int size() {
        return view.size();
    }
}
