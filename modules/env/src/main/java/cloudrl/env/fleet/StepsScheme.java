package cloudrl.env.fleet;

import cloudrl.api.ActionScheme;
import cloudrl.api.FleetModel;
import cloudrl.api.Transition;

import java.util.ArrayList;
import java.util.List;

/**
 * Remove or add up to {@code k} servers of one type at once: {@code 2 k T + 1} actions for T server
 * types. Index {@code kT} keeps the fleet; index {@code kT + j} for {@code j = 1 .. kT} adds
 * {@code (j - 1) % k + 1} servers of type {@code (j - 1) / k}, and {@code kT - j} removes as many.
 * With one type and k = 3 that is {@code remove 3 .. keep .. add 3}, 7 actions; with k = 1 it is
 * exactly {@link UnitScheme}.
 */
public final class StepsScheme implements ActionScheme {

    /** Most servers one action may move. */
    public static final int MAX_STEP = 20;

    private final int k;
    // each addition's type and count for the last fleet's number of types, worked out once rather
    // than divided on every step; immutable, so threads may share and replace it
    private volatile Orders orders;

    private record Orders(int types, int[] type, int[] count) {
        static Orders of(int types, int k) {
            int[] type = new int[k * types];
            int[] count = new int[k * types];
            for (int j = 0; j < type.length; j++) {
                type[j] = j / k;
                count[j] = j % k + 1;
            }
            return new Orders(types, type, count);
        }
    }

    /** @throws IllegalArgumentException when {@code k} is outside [1, {@link #MAX_STEP}] */
    public StepsScheme(int k) {
        if (k < 1 || k > MAX_STEP) {
            throw new IllegalArgumentException("k " + k + " is not allowed: must be between 1 and " + MAX_STEP);
        }
        this.k = k;
    }

    /** The most servers one action moves. */
    public int k() {
        return k;
    }

    @Override
    public List<String> labels(FleetModel fleet) {
        return labels(fleet, k);
    }

    @Override
    public void order(int action, Transition state, int[] change) {
        int types = state.typeCount();
        Orders known = orders;
        if (known == null || known.types != types) {
            known = Orders.of(types, k);
            orders = known;
        }
        int offset = action - k * types;
        // keep (offset 0) writes 0 into change[0], which is 0 already: no branch on the action
        int j = Math.max(0, Math.abs(offset) - 1);
        change[known.type[j]] = Integer.signum(offset) * known.count[j];
    }

    @Override
    public int toward(FleetModel fleet, int current, int booting, int desired) {
        return toward(fleet, k, current, booting, desired);
    }

    static List<String> labels(FleetModel fleet, int k) {
        int types = fleet.typeCount();
        List<String> labels = new ArrayList<>();
        for (int j = k * types; j >= 1; j--) {
            labels.add("remove " + label(fleet, k, j));
        }
        labels.add("keep");
        for (int j = 1; j <= k * types; j++) {
            labels.add("add " + label(fleet, k, j));
        }
        return labels;
    }

    private static String label(FleetModel fleet, int k, int j) {
        int count = (j - 1) % k + 1;
        return fleet.typeCount() == 1 ? Integer.toString(count) : count + " " + fleet.type((j - 1) / k).name();
    }

    static void order(int action, int types, int k, int[] change) {
        int offset = action - k * types;
        // keep (offset 0) writes 0 into change[0], which is 0 already: no branch on the action
        int j = Math.max(0, Math.abs(offset) - 1);
        change[j / k] = Integer.signum(offset) * (j % k + 1);
    }

    static int toward(FleetModel fleet, int k, int current, int booting, int desired) {
        int change = Math.max(-k, Math.min(k, desired - (current + booting)));
        return k * fleet.typeCount() + change;
    }

    @Override
    public String toString() {
        return "steps(k=" + k + ")";
    }
}
