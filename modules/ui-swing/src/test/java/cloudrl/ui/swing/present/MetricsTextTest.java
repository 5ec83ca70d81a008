package cloudrl.ui.swing.present;

import cloudrl.api.Observation;
import cloudrl.ui.swing.session.Ending;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MetricsTextTest {

    @Test
    void resetStateShowsNoActionOrReward() {
        MetricsText text = MetricsText.of(FrameFixtures.reset());
        assertEquals("30.5 %", text.cpu());
        assertEquals(MetricZone.UNDERUSED, text.cpuZone());
        assertEquals("27.4 %", text.memory());
        assertEquals("55 req/step", text.requestRate());
        assertEquals("3", text.servers());
        assertEquals("18.33 req/server", text.latency());
        assertEquals("0 / 100", text.step());
        assertEquals(MetricsText.NONE, text.lastAction());
        assertEquals(MetricsText.NONE, text.lastReward());
        assertEquals(MetricsText.NONE, text.rewardComponents());
        assertEquals("0.000", text.cumulativeReward());
    }

    @Test
    void stepShowsRewardPartsInTheReferenceOrder() {
        MetricsText text = MetricsText.of(FrameFixtures.step(23, new Observation(72.2, 65.0, 130, 3), Ending.RUNNING,
                Optional.empty()));
        assertEquals("72.2 %", text.cpu());
        assertEquals(MetricZone.HIGH, text.cpuZone());
        assertEquals(MetricZone.TARGET, text.memoryZone());
        assertEquals("23 / 100", text.step());
        assertEquals("INCREASE", text.lastAction());
        assertEquals("0.8123", text.lastReward());
        assertEquals("cpu +0.913  memory +0.950  cost -0.150  penalty +0.000", text.rewardComponents());
        assertEquals("12.346", text.cumulativeReward());
    }

    @Test
    void unknownRewardPartsFollowTheKnownOnesAlphabetically() {
        assertEquals(java.util.List.of("cpu +1.000", "alpha -0.500", "zeta +0.250"),
                MetricsText.parts(Map.of("zeta", 0.25, "alpha", -0.5, "cpu", 1.0)));
    }
}
