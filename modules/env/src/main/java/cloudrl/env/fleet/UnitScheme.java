package cloudrl.env.fleet;

import cloudrl.api.ActionScheme;
import cloudrl.api.FleetModel;
import cloudrl.api.Transition;

import java.util.List;

/**
 * Remove, keep or add one server: the reference scheme. With one server type the actions are
 * 0 {@code remove 1}, 1 {@code keep}, 2 {@code add 1}; with several, the removals come first (last
 * type first), then {@code keep}, then the additions (first type first), so the first type sits
 * next to {@code keep}: {@code remove 1 large, remove 1 small, keep, add 1 small, add 1 large}.
 */
public final class UnitScheme implements ActionScheme {

    @Override
    public List<String> labels(FleetModel fleet) {
        return StepsScheme.labels(fleet, 1);
    }

    @Override
    public void order(int action, Transition state, int[] change) {
        StepsScheme.order(action, state.typeCount(), 1, change);
    }

    @Override
    public int toward(FleetModel fleet, int current, int booting, int desired) {
        return StepsScheme.toward(fleet, 1, current, booting, desired);
    }

    @Override
    public String toString() {
        return "unit";
    }
}
