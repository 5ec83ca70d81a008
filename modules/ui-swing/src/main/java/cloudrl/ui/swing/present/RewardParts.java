package cloudrl.ui.swing.present;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The order reward parts are shown and exported in: the reference reward's parts first, then others by name. */
public final class RewardParts {

    private static final List<String> KNOWN = List.of("cpu", "memory", "cost", "penalty");

    private RewardParts() {
    }

    /** {@code names}, the reference parts first in their usual order, the rest alphabetically. */
    public static List<String> ordered(Collection<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt((String name) -> {
            int known = KNOWN.indexOf(name);
            return known < 0 ? KNOWN.size() : known;
        }).thenComparing(Comparator.naturalOrder()));
        return sorted;
    }
}
