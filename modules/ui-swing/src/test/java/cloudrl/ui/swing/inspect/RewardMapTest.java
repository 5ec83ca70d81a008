package cloudrl.ui.swing.inspect;

import cloudrl.env.CloudEnvironment;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.Task;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RewardMapTest {

    @Test
    void theSeedShapedRewardAtTheBandsCentreByHand() {
        EnvironmentConfig config = EnvironmentConfig.defaults();
        // the reference environment's reward is seed-shaped: bands 40–70 %, 0.05 per server (docs/rewards.md)
        StateGrid map = RewardMap.overCpuAndServers(CloudEnvironment.of(Task.MEDIUM).rewardFunction(), config, 3, 5);
        // 55 % CPU on 2 servers: rate = 0.55 · 2 · 30 / 0.5 = 66 requests, memory = 66 · 0.45 / 60 = 49.5 %.
        // cpu score 1 (band centre), memory 1 − 0.5 · |49.5 − 55| / 15, both in band (no penalty),
        // cost 0.05 · 2; reward = (total + 5) / 7
        double memoryScore = 1 - 0.5 * Math.abs(49.5 - 55) / 15;
        double expected = (1 + memoryScore - 0.05 * 2 + 5) / 7;
        assertEquals(expected, map.valueAt(55, 2), 1e-12);
        assertEquals(21, map.xs().length);
    }
}
