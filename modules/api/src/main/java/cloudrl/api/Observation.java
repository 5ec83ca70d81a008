package cloudrl.api;

import java.util.Arrays;
import java.util.List;

/**
 * What the agent sees of the service after a reset or a step: the four reference features, then
 * whatever features the scenario adds (booting servers, cost so far, ...), named by
 * {@link #featureNames()} in the order of {@link #toArray()}.
 */
public final class Observation {

    /** Number of reference features, which every observation starts with: cpu, memory, requestRate, servers. */
    public static final int SIZE = 4;

    /** The names of the reference features, in order. */
    public static final List<String> REFERENCE_FEATURES = List.of("cpu", "memory", "requestRate", "servers");

    private final double cpu;
    private final double memory;
    private final int requestRate;
    private final int servers;
    private final List<String> extraNames;
    private final float[] extra;

    /**
     * The reference observation.
     *
     * @param cpu         CPU utilisation in percent, in [0, 100]
     * @param memory      memory utilisation in percent, in [0, 100]
     * @param requestRate requests arriving this step, never negative
     * @param servers     servers serving (active), at least one
     */
    public Observation(double cpu, double memory, int requestRate, int servers) {
        this(cpu, memory, requestRate, servers, List.of(), new float[0]);
    }

    /**
     * An observation with extra features after the reference four.
     *
     * @param extraNames the extra features' names, as the scenario's observation space names them
     * @param extra      their values, one per name
     */
    public Observation(double cpu, double memory, int requestRate, int servers, List<String> extraNames,
                       float[] extra) {
        if (!(cpu >= 0 && cpu <= 100)) {
            throw new IllegalArgumentException("cpu " + cpu + " is outside [0, 100]");
        }
        if (!(memory >= 0 && memory <= 100)) {
            throw new IllegalArgumentException("memory " + memory + " is outside [0, 100]");
        }
        if (requestRate < 0) {
            throw new IllegalArgumentException("requestRate " + requestRate + " is negative");
        }
        if (servers < 1) {
            throw new IllegalArgumentException("servers " + servers + " is below 1");
        }
        if (extraNames.size() != extra.length) {
            throw new IllegalArgumentException(extraNames.size() + " extra feature names for " + extra.length
                    + " values");
        }
        this.cpu = cpu;
        this.memory = memory;
        this.requestRate = requestRate;
        this.servers = servers;
        this.extraNames = List.copyOf(extraNames);
        this.extra = extra.clone();
    }

    /** CPU utilisation in percent, in [0, 100]. */
    public double cpu() {
        return cpu;
    }

    /** Memory utilisation in percent, in [0, 100]. */
    public double memory() {
        return memory;
    }

    /** Requests arriving this step. */
    public int requestRate() {
        return requestRate;
    }

    /** Servers serving this step (booting ones not counted), at least one. */
    public int servers() {
        return servers;
    }

    /** Number of values in {@link #toArray()}. */
    public int size() {
        return SIZE + extra.length;
    }

    /** Every feature's name, in the order of {@link #toArray()}. */
    public List<String> featureNames() {
        if (extra.length == 0) {
            return REFERENCE_FEATURES;
        }
        String[] names = new String[size()];
        REFERENCE_FEATURES.toArray(names);
        for (int i = 0; i < extra.length; i++) {
            names[SIZE + i] = extraNames.get(i);
        }
        return List.of(names);
    }

    /**
     * The value of the feature called {@code name}.
     *
     * @throws IllegalArgumentException when the observation has no such feature, listing the ones it has
     */
    public double feature(String name) {
        switch (name) {
            case "cpu": return cpu;
            case "memory": return memory;
            case "requestRate": return requestRate;
            case "servers": return servers;
            default:
                int index = extraNames.indexOf(name);
                if (index < 0) {
                    throw new IllegalArgumentException("feature '" + name + "' is not in this observation: it has "
                            + String.join(", ", featureNames()));
                }
                return extra[index];
        }
    }

    /** Whether the observation has a feature called {@code name}. */
    public boolean hasFeature(String name) {
        return REFERENCE_FEATURES.contains(name) || extraNames.contains(name);
    }

    /** The observation as float32 values, the reference four first: a fresh array. */
    public float[] toArray() {
        float[] values = new float[size()];
        copyInto(values, 0);
        return values;
    }

    /** Writes {@link #toArray()}'s values into {@code target} from {@code offset}. */
    public void copyInto(float[] target, int offset) {
        target[offset] = (float) cpu;
        target[offset + 1] = (float) memory;
        target[offset + 2] = requestRate;
        target[offset + 3] = servers;
        System.arraycopy(extra, 0, target, offset + SIZE, extra.length);
    }

    /** Latency as the environment defines it: requests per serving server. */
    public double latency() {
        return (double) requestRate / servers;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Observation that && Double.compare(cpu, that.cpu) == 0
                && Double.compare(memory, that.memory) == 0 && requestRate == that.requestRate
                && servers == that.servers && extraNames.equals(that.extraNames) && Arrays.equals(extra, that.extra);
    }

    @Override
    public int hashCode() {
        int hash = Double.hashCode(cpu);
        hash = 31 * hash + Double.hashCode(memory);
        hash = 31 * hash + requestRate;
        hash = 31 * hash + servers;
        return 31 * hash + Arrays.hashCode(extra);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Observation[cpu=").append(cpu).append(", memory=").append(memory)
                .append(", requestRate=").append(requestRate).append(", servers=").append(servers);
        for (int i = 0; i < extra.length; i++) {
            text.append(", ").append(extraNames.get(i)).append('=').append(extra[i]);
        }
        return text.append(']').toString();
    }
}
