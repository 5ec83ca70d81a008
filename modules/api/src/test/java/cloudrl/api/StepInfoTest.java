package cloudrl.api;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StepInfoTest {

    @Test
    void anUnmodifiableViewOfAMapItsCallerStillChangesIsCopied() {
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("cpu", 0.5);
        StepInfo info = new StepInfo(1, 10, Collections.unmodifiableMap(parts), Collections.unmodifiableMap(parts));
        parts.put("cost", -0.15);
        assertEquals(Map.of("cpu", 0.5), info.rewardComponents());
        assertEquals(Map.of("cpu", 0.5), info.fleet());
        assertThrows(UnsupportedOperationException.class, () -> info.rewardComponents().put("x", 1.0));
    }

    @Test
    void aBreakdownsPartsGoIntoTheInfoAsTheyAreInTheirOrder() {
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("memory", -0.5);
        parts.put("cpu", -0.4);
        parts.put("cost", -0.15);
        RewardBreakdown breakdown = new RewardBreakdown(0.5, parts);
        parts.clear();
        StepInfo info = new StepInfo(3, 12, breakdown.components());
        assertSame(breakdown.components(), info.rewardComponents());
        assertEquals(List.of("memory", "cpu", "cost"), List.copyOf(info.rewardComponents().keySet()));
        assertEquals(Map.of("memory", -0.5, "cpu", -0.4, "cost", -0.15), info.rewardComponents());
        assertThrows(UnsupportedOperationException.class, () -> breakdown.components().remove("cpu"));
        assertEquals(Map.of(), info.fleet());
    }
}
