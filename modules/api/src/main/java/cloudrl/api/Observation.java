package cloudrl.api;

/**
 * What the agent sees of the service after a reset or a step.
 *
 * @param cpu         CPU utilisation in percent, in [0, 100]
 * @param memory      memory utilisation in percent, in [0, 100]
 * @param requestRate requests arriving this step, never negative
 * @param servers     servers currently allocated, at least one
 */
public record Observation(double cpu, double memory, int requestRate, int servers) {

    /** Number of values in {@link #toArray()}. */
    public static final int SIZE = 4;

    public Observation {
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
    }

    /** The observation as float32 {@code [cpu, memory, requestRate, servers]}, a fresh array. */
    public float[] toArray() {
        float[] values = new float[SIZE];
        copyInto(values, 0);
        return values;
    }

    /** Writes {@code [cpu, memory, requestRate, servers]} into {@code target} from {@code offset}. */
    public void copyInto(float[] target, int offset) {
        target[offset] = (float) cpu;
        target[offset + 1] = (float) memory;
        target[offset + 2] = requestRate;
        target[offset + 3] = servers;
    }

    /** Latency as the environment defines it: requests per allocated server. */
    public double latency() {
        return (double) requestRate / servers;
    }
}
