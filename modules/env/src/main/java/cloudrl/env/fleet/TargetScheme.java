package cloudrl.env.fleet;

import cloudrl.api.ActionScheme;
import cloudrl.api.FleetModel;
import cloudrl.api.Transition;

import java.util.ArrayList;
import java.util.List;

/**
 * Choose the server count directly: action {@code a} asks for {@code a + 1} servers, serving and
 * booting together, from 1 to the fleet's quota. One server type only, and the quota must be set.
 */
public final class TargetScheme implements ActionScheme {

    /** Most actions the scheme offers, so that the quota must stay small enough to learn. */
    public static final int MAX_TARGET = 1000;

    @Override
    public List<String> labels(FleetModel fleet) {
        if (fleet.typeCount() != 1) {
            throw new IllegalArgumentException("action scheme target serves one server type, not "
                    + fleet.typeCount() + ": use unit or steps with several types");
        }
        if (!fleet.bounded() || fleet.maxServers() > MAX_TARGET) {
            throw new IllegalArgumentException("action scheme target needs a quota: set the fleet's maxServers"
                    + " between 1 and " + MAX_TARGET);
        }
        List<String> labels = new ArrayList<>();
        for (int servers = 1; servers <= fleet.maxServers(); servers++) {
            labels.add(servers == 1 ? "1 server" : servers + " servers");
        }
        return labels;
    }

    @Override
    public void order(int action, Transition state, int[] change) {
        change[0] = action + 1 - (state.activeServers(0) + state.bootingServers(0));
    }

    @Override
    public int toward(FleetModel fleet, int current, int booting, int desired) {
        return Math.max(1, Math.min(fleet.maxServers(), desired)) - 1;
    }

    @Override
    public String toString() {
        return "target";
    }
}
