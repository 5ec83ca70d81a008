package cloudrl.env;

/**
 * The service's physics and the episode's limits. Every value is checked; a bad one fails with its
 * name, the value and the allowed range.
 *
 * @param cpuPerRequest        CPU units one request needs, in (0, 1000]
 * @param memoryPerRequest     memory units one request needs, in (0, 1000]
 * @param serverCapacity       units one server provides, in (0, 1e6]
 * @param initialServers       servers at reset, in [1, maxServers]
 * @param maxServers           upper bound on servers, at least 1 ({@link Integer#MAX_VALUE}: unbounded)
 * @param maxSteps             steps before the episode is truncated, in [1, 10_000_000]
 * @param terminationThreshold utilisation in percent above which the system is unstable, in (0, 100]
 */
public record EnvironmentConfig(double cpuPerRequest, double memoryPerRequest, double serverCapacity,
                                int initialServers, int maxServers, int maxSteps, double terminationThreshold) {

    /** Longest episode a configuration may ask for. */
    public static final int MAX_EPISODE_STEPS = 10_000_000;

    public EnvironmentConfig {
        requireIn("cpuPerRequest", cpuPerRequest, 0, 1000, false);
        requireIn("memoryPerRequest", memoryPerRequest, 0, 1000, false);
        requireIn("serverCapacity", serverCapacity, 0, 1e6, false);
        requireIn("terminationThreshold", terminationThreshold, 0, 100, false);
        if (maxServers < 1) {
            throw new IllegalArgumentException("maxServers " + maxServers + " is not allowed: must be at least 1");
        }
        if (initialServers < 1 || initialServers > maxServers) {
            throw new IllegalArgumentException("initialServers " + initialServers
                    + " is not allowed: must be between 1 and maxServers (" + maxServers + ")");
        }
        if (maxSteps < 1 || maxSteps > MAX_EPISODE_STEPS) {
            throw new IllegalArgumentException("maxSteps " + maxSteps + " is not allowed: must be between 1 and "
                    + MAX_EPISODE_STEPS);
        }
    }

    /** The reference values: 0.5 and 0.45 per request, capacity 30, 3 servers, 100 steps, 95 %. */
    public static EnvironmentConfig defaults() {
        return builder().build();
    }

    /** A builder starting from the reference values. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder().cpuPerRequest(cpuPerRequest).memoryPerRequest(memoryPerRequest)
                .serverCapacity(serverCapacity).initialServers(initialServers).maxServers(maxServers)
                .maxSteps(maxSteps).terminationThreshold(terminationThreshold);
    }

    /** CPU utilisation in percent that {@code requestRate} puts on {@code servers}, clamped to [0, 100]. */
    public double cpuUtilisation(int requestRate, int servers) {
        return utilisation(requestRate * cpuPerRequest, servers);
    }

    /** Memory utilisation in percent that {@code requestRate} puts on {@code servers}, clamped to [0, 100]. */
    public double memoryUtilisation(int requestRate, int servers) {
        return utilisation(requestRate * memoryPerRequest, servers);
    }

    /** Whether a state with these utilisations has become unstable. */
    public boolean unstable(double cpu, double memory) {
        return cpu > terminationThreshold || memory > terminationThreshold;
    }

    /** Utilisation in percent that {@code demand} units put on {@code capacity} units, clamped to [0, 100]. */
    public double utilisationOf(double demand, double capacity) {
        double percent = demand / capacity * 100.0;
        return percent >= 100.0 ? 100.0 : Math.max(percent, 0.0);
    }

    private double utilisation(double demand, int servers) {
        double percent = demand / (servers * serverCapacity) * 100.0;
        return percent >= 100.0 ? 100.0 : Math.max(percent, 0.0);
    }

    /** Whether the number of servers has a configured upper bound. */
    public boolean serversBounded() {
        return maxServers != Integer.MAX_VALUE;
    }

    // (low, high] when lowInclusive is false; the NaN check rides on the comparisons failing.
    private static void requireIn(String name, double value, double low, double high, boolean lowInclusive) {
        boolean aboveLow = lowInclusive ? value >= low : value > low;
        if (!(aboveLow && value <= high)) {
            throw new IllegalArgumentException(name + " " + value + " is not allowed: must be in "
                    + (lowInclusive ? "[" : "(") + low + ", " + high + "]");
        }
    }

    /** Collects values, checked all at once by {@link #build()}. */
    public static final class Builder {
        private double cpuPerRequest = 0.5;
        private double memoryPerRequest = 0.45;
        private double serverCapacity = 30;
        private int initialServers = 3;
        private int maxServers = Integer.MAX_VALUE;
        private int maxSteps = 100;
        private double terminationThreshold = 95;

        private Builder() {
        }

        public Builder cpuPerRequest(double value) {
            cpuPerRequest = value;
            return this;
        }

        public Builder memoryPerRequest(double value) {
            memoryPerRequest = value;
            return this;
        }

        public Builder serverCapacity(double value) {
            serverCapacity = value;
            return this;
        }

        public Builder initialServers(int value) {
            initialServers = value;
            return this;
        }

        public Builder maxServers(int value) {
            maxServers = value;
            return this;
        }

        public Builder maxSteps(int value) {
            maxSteps = value;
            return this;
        }

        public Builder terminationThreshold(double value) {
            terminationThreshold = value;
            return this;
        }

        /** @throws IllegalArgumentException naming the first bad value and its allowed range */
        public EnvironmentConfig build() {
            return new EnvironmentConfig(cpuPerRequest, memoryPerRequest, serverCapacity, initialServers,
                    maxServers, maxSteps, terminationThreshold);
        }
    }
}
