package cloudrl.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How the fleet behaves, as a value the dynamics core interprets: the server types, how long an
 * ordered server boots, the cooldown between scale actions, and the most servers (serving and
 * booting) the fleet may hold.
 *
 * <p>With {@code bootSteps = k} an added server enters a boot queue with k steps to go; right after
 * each action every queued server's count goes down by one, and one that reaches 0 serves in that
 * same step. So {@code bootSteps = 1} is the reference: instant effect. A booting server is paid
 * from the step it is ordered.
 *
 * @param types         the server types, at least one, distinct names; the first is the one
 *                      heuristics add and remove
 * @param bootSteps     steps from order to service, in [1, {@link #MAX_BOOT_STEPS}]
 * @param cooldownSteps steps after a scale action during which further scale actions are ignored, in [0, 1000]
 * @param maxServers    most servers, serving and booting together, at least 1
 *                      ({@link Integer#MAX_VALUE}: unbounded)
 */
public record FleetModel(List<ServerType> types, int bootSteps, int cooldownSteps, int maxServers) {

    /** Longest boot delay a fleet may have. */
    public static final int MAX_BOOT_STEPS = 50;

    public FleetModel {
        types = List.copyOf(types);
        if (types.isEmpty()) {
            throw new IllegalArgumentException("a fleet needs at least one server type");
        }
        Set<String> names = new HashSet<>();
        for (ServerType type : types) {
            if (!names.add(type.name())) {
                throw new IllegalArgumentException("server type " + type.name() + " is given twice: give each once");
            }
        }
        if (bootSteps < 1 || bootSteps > MAX_BOOT_STEPS) {
            throw new IllegalArgumentException("bootSteps " + bootSteps + " is not allowed: must be between 1 and "
                    + MAX_BOOT_STEPS + " (1: a server serves in the step it is added)");
        }
        if (cooldownSteps < 0 || cooldownSteps > 1000) {
            throw new IllegalArgumentException("cooldownSteps " + cooldownSteps
                    + " is not allowed: must be between 0 and 1000");
        }
        if (maxServers < 1) {
            throw new IllegalArgumentException("maxServers " + maxServers + " is not allowed: must be at least 1");
        }
    }

    /** One type of server, instant boot, no cooldown, unbounded: the reference fleet's shape. */
    public static FleetModel single(ServerType type) {
        return new FleetModel(List.of(type), 1, 0, Integer.MAX_VALUE);
    }

    /** Number of server types. */
    public int typeCount() {
        return types.size();
    }

    /** The type at {@code index}. */
    public ServerType type(int index) {
        return types.get(index);
    }

    /** The index of the type called {@code name}, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the number of servers has an upper bound. */
    public boolean bounded() {
        return maxServers != Integer.MAX_VALUE;
    }
}
