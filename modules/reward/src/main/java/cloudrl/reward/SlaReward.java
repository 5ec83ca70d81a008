package cloudrl.reward;

import cloudrl.api.RewardBreakdown;
import cloudrl.api.RewardFunction;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service-level reward: full marks while latency (requests per server) stays within the
 * objective, decaying exponentially with the relative overshoot beyond it, minus a cost for every
 * server. With {@code L = requestRate / servers} and {@code v = max(0, L - slo) / slo}:
 * {@code reward = max(0, exp(-violationWeight * v) - costPerServer * servers)}, which lies in [0, 1].
 *
 * @param slo             the latency objective in requests per server, in (0, 1e6]
 * @param violationWeight how fast the reward falls with the relative overshoot, in [0, 100]
 * @param costPerServer   reward lost per allocated server, in [0, 1]
 */
public record SlaReward(double slo, double violationWeight, double costPerServer) implements RewardFunction {

    public SlaReward {
        if (!(slo > 0 && slo <= 1e6)) {
            throw new IllegalArgumentException("slo " + slo + " is not allowed: must be in (0, 1e6]");
        }
        if (!(violationWeight >= 0 && violationWeight <= 100)) {
            throw new IllegalArgumentException("violationWeight " + violationWeight
                    + " is not allowed: must be in [0, 100]");
        }
        if (!(costPerServer >= 0 && costPerServer <= 1)) {
            throw new IllegalArgumentException("costPerServer " + costPerServer + " is not allowed: must be in [0, 1]");
        }
    }

    /** Objective 35 requests per server (about 58 % CPU in the reference service), weight 2, 0.02 per server. */
    public static SlaReward defaults() {
        return new SlaReward(35, 2, 0.02);
    }

    @Override
    public double reward(double cpu, double memory, int requestRate, int servers) {
        return Math.max(0.0, serviceLevel(requestRate, servers) - costPerServer * servers);
    }

    @Override
    public RewardBreakdown explain(double cpu, double memory, int requestRate, int servers) {
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("sla", serviceLevel(requestRate, servers));
        parts.put("cost", -costPerServer * servers);
        return new RewardBreakdown(reward(cpu, memory, requestRate, servers), parts);
    }

    /** The transition form is the default one: the four reference values, which the request rate and the fleet fix. */
    @Override
    public boolean fleetDetermined() {
        return true;
    }

    private double serviceLevel(int requestRate, int servers) {
        double latency = (double) requestRate / Math.max(servers, 1);
        double overshoot = Math.max(0.0, latency - slo) / slo;
        return Math.exp(-violationWeight * overshoot);
    }
}
