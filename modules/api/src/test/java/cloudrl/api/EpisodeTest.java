package cloudrl.api;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EpisodeTest {

    private static final Observation STATE = new Observation(50, 45, 90, 3);
    private static final StepInfo INFO = new StepInfo(1, 30, Map.of());

    @Test
    void listsAreReadOnlyCopies() {
        List<Double> rewards = new ArrayList<>(List.of(0.5));
        Episode episode = new Episode(STATE, List.of(Action.MAINTAIN), List.of(STATE), rewards, List.of(INFO),
                false, false);
        rewards.add(1.0);
        assertEquals(1, episode.rewards().size());
        assertThrows(UnsupportedOperationException.class, () -> episode.rewards().add(0.0));
        assertEquals(0.5, episode.cumulativeReward());
    }

    @Test
    void everyStepNeedsItsStateRewardAndInfo() {
        assertThrows(IllegalArgumentException.class, () -> new Episode(STATE, List.of(Action.MAINTAIN),
                List.of(), List.of(0.5), List.of(INFO), false, false));
    }

    @Test
    void anEpisodeEndsForOneReasonOnly() {
        assertThrows(IllegalArgumentException.class, () -> new Episode(STATE, List.of(), List.of(), List.of(),
                List.of(), true, true));
        assertThrows(IllegalArgumentException.class, () -> new StepResult(STATE, 0.5, true, true, INFO));
    }
}
