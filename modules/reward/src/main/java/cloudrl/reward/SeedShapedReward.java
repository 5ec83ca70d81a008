package cloudrl.reward;

import cloudrl.api.RewardBreakdown;
import cloudrl.api.RewardFunction;
import cloudrl.api.Transition;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reference reward. Each of CPU and memory is scored against its target band; every server
 * costs {@code costWeight}; a state where either utilisation is outside its band loses
 * {@code mixedStatePenalty}. The total is mapped from [-5, 2] onto [0, 1] and clamped.
 *
 * @param cpuBand           target band for CPU utilisation
 * @param memoryBand        target band for memory utilisation
 * @param costWeight        reward lost per allocated server, in [0, 1]
 * @param mixedStatePenalty reward lost when not both utilisations are in band, in [0, 1]
 */
public record SeedShapedReward(TargetBand cpuBand, TargetBand memoryBand, double costWeight,
                               double mixedStatePenalty) implements RewardFunction {

    /** Lowest raw total the normalisation maps to 0. */
    static final double RAW_FLOOR = -5.0;
    /** Width of the raw range [-5, 2] the normalisation maps onto [0, 1]. */
    static final double RAW_SPAN = 7.0;

    public SeedShapedReward {
        if (cpuBand == null || memoryBand == null) {
            throw new IllegalArgumentException("cpuBand and memoryBand are required");
        }
        if (!(costWeight >= 0 && costWeight <= 1)) {
            throw new IllegalArgumentException("costWeight " + costWeight + " is not allowed: must be in [0, 1]");
        }
        if (!(mixedStatePenalty >= 0 && mixedStatePenalty <= 1)) {
            throw new IllegalArgumentException("mixedStatePenalty " + mixedStatePenalty
                    + " is not allowed: must be in [0, 1]");
        }
    }

    /** The seed's cost per server per step, which the reference server costs. */
    public static final double REFERENCE_COST_WEIGHT = 0.05;

    /** The seed's reward: bands 40–70 %, 0.05 per server, 0.1 for a mixed state. */
    public static SeedShapedReward defaults() {
        return new SeedShapedReward(TargetBand.DEFAULT, TargetBand.DEFAULT, REFERENCE_COST_WEIGHT, 0.1);
    }

    @Override
    public double reward(double cpu, double memory, int requestRate, int servers) {
        double total = cpuBand.score(cpu) + memoryBand.score(memory) - costWeight * servers
                - penalty(cpu, memory);
        return normalise(total);
    }

    @Override
    public RewardBreakdown explain(double cpu, double memory, int requestRate, int servers) {
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("cpu", cpuBand.score(cpu));
        parts.put("memory", memoryBand.score(memory));
        parts.put("cost", -costWeight * servers);
        parts.put("penalty", -penalty(cpu, memory));
        return new RewardBreakdown(reward(cpu, memory, requestRate, servers), parts);
    }

    /**
     * The seed's reward for a whole step: the cost term is the fleet's cost this step, serving and
     * booting servers of every type, scaled by {@code costWeight / 0.05}; so with the default weight
     * a reference server, serving or booting, costs 0.05, and other types cost what they cost.
     */
    @Override
    public double reward(Transition transition) {
        double total = cpuBand.score(transition.cpu()) + memoryBand.score(transition.memory()) - cost(transition)
                - penalty(transition.cpu(), transition.memory());
        return normalise(total);
    }

    /** The transition form reads CPU, memory and the step's cost: what the request rate and the fleet fix. */
    @Override
    public boolean fleetDetermined() {
        return true;
    }

    @Override
    public RewardBreakdown explain(Transition transition) {
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("cpu", cpuBand.score(transition.cpu()));
        parts.put("memory", memoryBand.score(transition.memory()));
        parts.put("cost", -cost(transition));
        parts.put("penalty", -penalty(transition.cpu(), transition.memory()));
        return new RewardBreakdown(reward(transition), parts);
    }

    private double cost(Transition transition) {
        return costWeight / REFERENCE_COST_WEIGHT * transition.stepCost();
    }

    private double penalty(double cpu, double memory) {
        return cpuBand.contains(cpu) && memoryBand.contains(memory) ? 0.0 : mixedStatePenalty;
    }

    static double normalise(double total) {
        return Math.min(1.0, Math.max(0.0, (total - RAW_FLOOR) / RAW_SPAN));
    }
}
