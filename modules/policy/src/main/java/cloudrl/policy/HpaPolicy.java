package cloudrl.policy;

import cloudrl.api.Observation;

import java.util.Arrays;

/**
 * Kubernetes' horizontal pod autoscaler rule on CPU. Each step it recommends
 * {@code desired = ceil(servers * cpu / target)}, or the current count when {@code cpu / target}
 * is within {@code tolerance} of 1. Scaling up follows the recommendation at once; scaling down
 * follows the highest recommendation of the last {@code window} steps, so a short dip does not
 * remove servers. The action space moves one server per step, so the policy steps towards the
 * desired count.
 *
 * <p>Keeps the recent recommendations; {@link #reset()} forgets them. Not thread-safe.
 */
public final class HpaPolicy implements DesiredCountPolicy {

    private final double target;
    private final double tolerance;
    private final int[] recent;
    private int recorded;
    private int next;

    /**
     * @param target    CPU percent the rule aims for, in (0, 100]
     * @param tolerance relative distance from the target that causes no change, in [0, 1)
     * @param window    steps of recommendations a scale-down considers, in [1, 10000]; 1 disables it
     */
    public HpaPolicy(double target, double tolerance, int window) {
        if (!(target > 0 && target <= 100)) {
            throw new IllegalArgumentException("target " + target + " is not allowed: must be in (0, 100]");
        }
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance " + tolerance + " is not allowed: must be in [0, 1)");
        }
        if (window < 1 || window > 10_000) {
            throw new IllegalArgumentException("window " + window + " is not allowed: must be in [1, 10000]");
        }
        this.target = target;
        this.tolerance = tolerance;
        this.recent = new int[window];
    }

    /** Target 60 % CPU, Kubernetes' 10 % tolerance, a 5-step scale-down window. */
    public static HpaPolicy defaults() {
        return new HpaPolicy(60, 0.1, 5);
    }

    @Override
    public int desiredServers(Observation observation) {
        int servers = observation.servers();
        return stabilised(recommend(observation.cpu(), servers), servers);
    }

    @Override
    public void reset() {
        recorded = 0;
        next = 0;
        Arrays.fill(recent, 0);
    }

    /** The rule's raw recommendation for this step, at least one server. */
    int recommend(double cpu, int servers) {
        double ratio = cpu / target;
        if (Math.abs(ratio - 1.0) <= tolerance) {
            return servers;
        }
        return (int) Math.max(1, Math.ceil(servers * ratio));
    }

    private int stabilised(int recommendation, int servers) {
        recent[next] = recommendation;
        next = (next + 1) % recent.length;
        recorded = Math.min(recorded + 1, recent.length);
        if (recommendation >= servers) {
            return recommendation;
        }
        int highest = recommendation;
        for (int i = 0; i < recorded; i++) {
            highest = Math.max(highest, recent[i]);
        }
        return Math.min(highest, servers);
    }

    @Override
    public String toString() {
        return "HpaPolicy[target=" + target + ", tolerance=" + tolerance + ", window=" + recent.length + "]";
    }
}
