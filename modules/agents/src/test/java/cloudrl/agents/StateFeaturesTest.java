package cloudrl.agents;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The networks' inputs: the stacked observations, newest first, then the elapsed time. */
class StateFeaturesTest {

    private static final java.util.List<String> REFERENCE = cloudrl.api.Observation.REFERENCE_FEATURES;

    @Test
    void oneObservationIsTodaysInput() {
        StateFeatures features = new StateFeatures(REFERENCE, true, 100);
        assertEquals(1, features.history());
        assertEquals(5, features.size());
        assertEquals("cpu,memory,requestRate,servers,elapsedTime", features.names());
    }

    @Test
    void olderObservationsAreNamedWithTheirAge() {
        StateFeatures features = new StateFeatures(REFERENCE, true, 100, 2);
        assertEquals(9, features.size());
        assertEquals("cpu,memory,requestRate,servers,cpu-1,memory-1,requestRate-1,servers-1,elapsedTime",
                features.names());
        assertEquals(8, new StateFeatures(REFERENCE, false, 100, 2).size());
        assertEquals("history 17 is not allowed: must be in [1, 16]",
                assertThrows(IllegalArgumentException.class, () -> new StateFeatures(REFERENCE, false, 100, 17)).getMessage());
    }

    @Test
    void theHistoryStartsFilledWithTheFirstObservationAndShiftsNewestFirst() {
        StateFeatures features = new StateFeatures(REFERENCE, true, 10, 3);
        ObservationHistory history = new ObservationHistory(2, 3, 4);
        float[] observations = {1, 2, 3, 4, /* second environment */ 5, 6, 7, 8};
        history.start(0, observations, 0);
        history.start(1, observations, 4);
        float[] row = new float[features.size()];
        features.write(history, 0, 0, row, 0);
        assertArrayEquals(new float[] {1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 0}, row);
        history.push(0, new float[] {10, 20, 30, 40}, 0);
        history.push(0, new float[] {11, 21, 31, 41}, 0);
        features.write(history, 0, 2, row, 0);
        assertArrayEquals(new float[] {11, 21, 31, 41, 10, 20, 30, 40, 1, 2, 3, 4, 0.2f}, row);
        history.push(0, new float[] {12, 22, 32, 42}, 0);
        features.write(history, 0, 3, row, 0);
        assertArrayEquals(new float[] {12, 22, 32, 42, 11, 21, 31, 41, 10, 20, 30, 40, 0.3f}, row);
        // the other environment's history is its own
        features.write(history, 1, 0, row, 0);
        assertArrayEquals(new float[] {5, 6, 7, 8, 5, 6, 7, 8, 5, 6, 7, 8, 0}, row);
    }

    @Test
    void aScenarioObservationIsStackedWhole() {
        java.util.List<String> booting = java.util.List.of("cpu", "memory", "requestRate", "servers", "bootingServers");
        StateFeatures features = new StateFeatures(booting, false, 100, 2);
        assertEquals(10, features.size());
        assertEquals("cpu,memory,requestRate,servers,bootingServers,cpu-1,memory-1,requestRate-1,servers-1,"
                + "bootingServers-1", features.names());
        assertEquals(features, StateFeatures.parse(features.names(), 100, 2), "the metadata's names read back");
        assertThrows(IllegalArgumentException.class, () -> StateFeatures.parse("cpu,memory,servers", 100, 2));
    }
}
