package cloudrl.api;

/**
 * One kind of server a fleet can run, such as {@code small} (capacity 30, cost 0.05) or
 * {@code large} (capacity 90, cost 0.12).
 *
 * @param name     lower-case id the action labels and observation features use
 * @param capacity units of CPU and memory one server provides, in (0, 1e6]
 * @param cost     what one server costs per step while booting or serving, in [0, 1e6]
 */
public record ServerType(String name, double capacity, double cost) {

    public ServerType {
        if (name == null || !name.matches(Provider.ID_PATTERN)) {
            throw new IllegalArgumentException("server type name '" + name
                    + "' is not allowed: lower-case letters, digits and inner dashes, starting with a letter");
        }
        if (!(capacity > 0 && capacity <= 1e6)) {
            throw new IllegalArgumentException("server type " + name + ": capacity " + capacity
                    + " is not allowed: must be in (0, 1e6]");
        }
        if (!(cost >= 0 && cost <= 1e6)) {
            throw new IllegalArgumentException("server type " + name + ": cost " + cost
                    + " is not allowed: must be in [0, 1e6]");
        }
    }
}
