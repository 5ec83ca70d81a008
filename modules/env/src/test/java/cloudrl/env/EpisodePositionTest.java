package cloudrl.env;

import cloudrl.api.Action;
import cloudrl.api.Episode;
import cloudrl.api.Policy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link Rollout} tells {@link EpisodePosition} which episode and step its thread is playing. */
class EpisodePositionTest {

    @Test
    void eachActSeesTheSeedAndTheStepItChoosesTheActionOf() {
        List<String> seen = new ArrayList<>();
        Policy recording = observation -> {
            seen.add(EpisodePosition.current().describe());
            return Action.MAINTAIN;
        };
        Episode episode = Rollout.play(CloudEnvironment.of(Task.EASY), recording, 9);
        // one act per step, numbered 1, 2, ... as run prints the rows
        List<String> expected = new ArrayList<>();
        for (int step = 1; step <= episode.steps(); step++) {
            expected.add("at step " + step + " of the episode seeded 9");
        }
        assertEquals(expected, seen);
        assertFalse(EpisodePosition.current().playing());
        assertEquals("outside a seeded episode", EpisodePosition.current().describe());
    }

    @Test
    void anEpisodePlayedInsideAnotherLeavesTheOuterPositionAsItWas() {
        List<String> outer = new ArrayList<>();
        Policy nesting = observation -> {
            if (outer.isEmpty()) {
                Rollout.play(CloudEnvironment.of(Task.EASY), inner -> Action.MAINTAIN, 5);
            }
            outer.add(EpisodePosition.current().describe());
            return Action.MAINTAIN;
        };
        Rollout.play(CloudEnvironment.of(Task.EASY), nesting, 8);
        assertEquals("at step 1 of the episode seeded 8", outer.get(0));
        assertEquals("at step 2 of the episode seeded 8", outer.get(1));
    }

    @Test
    void aFailureMidEpisodeStillClearsThePosition() {
        Policy failing = observation -> {
            throw new IllegalStateException("boom");
        };
        assertThrows(IllegalStateException.class, () -> Rollout.play(CloudEnvironment.of(Task.EASY), failing, 3));
        assertFalse(EpisodePosition.current().playing());
    }
}
