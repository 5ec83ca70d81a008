package cloudrl.reward;

import cloudrl.api.Parameters;
import cloudrl.api.RewardBreakdown;
import cloudrl.api.RewardFunction;
import cloudrl.reward.provider.SeedShapedRewardProvider;
import cloudrl.reward.provider.SlaRewardProvider;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every built-in reward, with any allowed parameters and in any state, lies in [0, 1] and explains itself exactly. */
class RewardProperties {

    @Property
    void seedShapedIsAlwaysInTheUnitInterval(@ForAll @DoubleRange(max = 99) double cpuLow,
                                             @ForAll @DoubleRange(min = 0.01, max = 1) double cpuWidth,
                                             @ForAll @DoubleRange(max = 99) double memoryLow,
                                             @ForAll @DoubleRange(min = 0.01, max = 1) double memoryWidth,
                                             @ForAll @DoubleRange(max = 1) double costWeight,
                                             @ForAll @DoubleRange(max = 1) double penalty,
                                             @ForAll @DoubleRange(max = 100) double cpu,
                                             @ForAll @DoubleRange(max = 100) double memory,
                                             @ForAll @IntRange(max = 1_000_000) int requestRate,
                                             @ForAll @IntRange(min = 1, max = 100_000) int servers) {
        SeedShapedRewardProvider provider = new SeedShapedRewardProvider();
        RewardFunction reward = provider.create(0, Parameters.of(provider, Map.of(
                "cpuLow", Double.toString(cpuLow),
                "cpuHigh", Double.toString(cpuLow + cpuWidth * (100 - cpuLow)),
                "memoryLow", Double.toString(memoryLow),
                "memoryHigh", Double.toString(memoryLow + memoryWidth * (100 - memoryLow)),
                "costWeight", Double.toString(costWeight),
                "mixedStatePenalty", Double.toString(penalty))));
        requireUnitInterval(reward, cpu, memory, requestRate, servers);
    }

    @Property
    void slaIsAlwaysInTheUnitInterval(@ForAll @DoubleRange(min = 0.001, max = 1e6) @Scale(3) double slo,
                                      @ForAll @DoubleRange(max = 100) double weight,
                                      @ForAll @DoubleRange(max = 1) double cost,
                                      @ForAll @DoubleRange(max = 100) double cpu,
                                      @ForAll @DoubleRange(max = 100) double memory,
                                      @ForAll @IntRange(max = Integer.MAX_VALUE) int requestRate,
                                      @ForAll @IntRange(min = 1, max = Integer.MAX_VALUE) int servers) {
        SlaRewardProvider provider = new SlaRewardProvider();
        RewardFunction reward = provider.create(0, Parameters.of(provider, Map.of("slo", Double.toString(slo),
                "violationWeight", Double.toString(weight), "costPerServer", Double.toString(cost))));
        requireUnitInterval(reward, cpu, memory, requestRate, servers);
    }

    @Property
    void slaGivesFullMarksLessCostWithinTheObjective(@ForAll @IntRange(min = 1, max = 100) int servers,
                                                     @ForAll @DoubleRange(max = 1) double share) {
        SlaReward reward = SlaReward.defaults();
        int requestRate = (int) Math.floor(share * reward.slo() * servers);
        assertEquals(Math.max(0, 1 - reward.costPerServer() * servers), reward.reward(0, 0, requestRate, servers), 1e-12);
    }

    @Property
    void slaFallsAsLatencyOvershoots(@ForAll @IntRange(min = 1, max = 20) int servers,
                                     @ForAll @IntRange(min = 1, max = 1000) int extra) {
        SlaReward reward = new SlaReward(35, 2, 0);
        int atObjective = 35 * servers;
        assertTrue(reward.reward(0, 0, atObjective + extra, servers) < reward.reward(0, 0, atObjective, servers));
    }

    private static void requireUnitInterval(RewardFunction reward, double cpu, double memory, int requestRate,
                                            int servers) {
        double value = reward.reward(cpu, memory, requestRate, servers);
        assertTrue(value >= 0 && value <= 1, "reward " + value);
        RewardBreakdown explained = reward.explain(cpu, memory, requestRate, servers);
        assertEquals(value, explained.value());
    }
}
