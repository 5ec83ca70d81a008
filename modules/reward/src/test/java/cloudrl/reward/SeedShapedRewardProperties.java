package cloudrl.reward;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedShapedRewardProperties {

    @Property
    void rewardLiesInTheUnitIntervalForEveryValidConfiguration(
            @ForAll("rewards") SeedShapedReward reward,
            @ForAll @DoubleRange(min = 0, max = 100) double cpu,
            @ForAll @DoubleRange(min = 0, max = 100) double memory,
            @ForAll @IntRange(min = 0, max = 1_000_000) int requestRate,
            @ForAll @IntRange(min = 1, max = 100_000) int servers) {
        double value = reward.reward(cpu, memory, requestRate, servers);
        assertTrue(value >= 0 && value <= 1, () -> "reward " + value);
        assertEquals(value, reward.explain(cpu, memory, requestRate, servers).value(), 0.0);
    }

    @Property
    void moreServersNeverRaiseTheReward(@ForAll @DoubleRange(min = 0, max = 100) double cpu,
                                        @ForAll @DoubleRange(min = 0, max = 100) double memory,
                                        @ForAll @IntRange(min = 1, max = 1000) int servers) {
        SeedShapedReward reward = SeedShapedReward.defaults();
        assertTrue(reward.reward(cpu, memory, 0, servers + 1) <= reward.reward(cpu, memory, 0, servers));
    }

    @Provide
    Arbitrary<SeedShapedReward> rewards() {
        Arbitrary<TargetBand> bands = Combinators.combine(Arbitraries.doubles().between(0, 99),
                Arbitraries.doubles().between(0.5, 100)).as((low, width) -> new TargetBand(low, Math.min(100, low + width)));
        Arbitrary<Double> unit = Arbitraries.doubles().between(0, 1);
        return Combinators.combine(bands, bands, unit, unit).as(SeedShapedReward::new);
    }
}
