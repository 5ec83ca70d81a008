package cloudrl.api;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpacesTest {

    private static final Box OBSERVATIONS = new Box(new float[] {0, 0, 0, 1},
            new float[] {100, 100, Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY});

    @Test
    void boxContainsItsBoundsAndNothingOutside() {
        assertTrue(OBSERVATIONS.contains(new float[] {0, 100, 0, 1}));
        assertFalse(OBSERVATIONS.contains(new float[] {-0.1f, 50, 10, 1}));
        assertFalse(OBSERVATIONS.contains(new float[] {50, 50, 10, 0}));
        assertFalse(OBSERVATIONS.contains(new float[] {50, Float.NaN, 10, 1}));
        assertFalse(OBSERVATIONS.contains(new float[] {50, 50, 10}));
        assertFalse(OBSERVATIONS.contains((float[]) null));
    }

    @Test
    void boxRejectsCrossedOrMismatchedBounds() {
        assertThrows(IllegalArgumentException.class, () -> new Box(new float[] {2}, new float[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new Box(new float[] {0, 0}, new float[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new Box(new float[] {Float.NaN}, new float[] {1}));
    }

    @Property
    void boxSamplesLieInsideTheBox(@ForAll long seed) {
        float[] sample = OBSERVATIONS.sample(new SplittableRandom(seed));
        assertTrue(OBSERVATIONS.contains(sample));
    }

    @Property
    void discreteSamplesAreMembers(@ForAll long seed) {
        Discrete actions = new Discrete(3);
        int sample = actions.sample(new SplittableRandom(seed));
        assertTrue(actions.contains(sample));
        assertFalse(actions.contains(3));
        assertFalse(actions.contains(-1));
    }

    @Test
    void discreteNeedsAtLeastOneValue() {
        assertThrows(IllegalArgumentException.class, () -> new Discrete(0));
    }

    @Test
    void observationArrayIsCpuMemoryRateServers() {
        Observation observation = new Observation(62.5, 50.25, 75, 2);
        float[] values = observation.toArray();
        assertEquals(4, values.length);
        assertEquals(62.5f, values[0]);
        assertEquals(50.25f, values[1]);
        assertEquals(75f, values[2]);
        assertEquals(2f, values[3]);
        assertEquals(37.5, observation.latency(), 1e-12);
    }

    @Test
    void observationRejectsImpossibleStates() {
        assertThrows(IllegalArgumentException.class, () -> new Observation(101, 50, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Observation(50, Double.NaN, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Observation(50, 50, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Observation(50, 50, 1, 0));
    }
}
