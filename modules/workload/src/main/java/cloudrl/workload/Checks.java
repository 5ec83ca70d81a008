package cloudrl.workload;

/** Range checks with the project's one-line message: name, value, allowed range. */
final class Checks {

    private Checks() {
    }

    static double within(String name, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw new IllegalArgumentException(name + " " + value + " is not allowed: must be in [" + low + ", "
                    + high + "]");
        }
        return value;
    }
}
