package cloudrl.api;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParametersTest {

    private static final List<Parameter> DECLARED = List.of(
            new Parameter("period", "24", "steps per cycle"),
            new Parameter("steps", "3", "whole steps"),
            new Parameter("enabled", "true", "a switch"));

    private static Parameters given(Map<String, String> values) {
        return new Parameters("workload test", DECLARED, values);
    }

    @Test
    void readsGivenValuesAndFallsBackToDefaults() {
        Parameters parameters = given(Map.of("period", "12.5"));
        assertEquals(12.5, parameters.number("period", 2, 100));
        assertEquals(3, parameters.integer("steps", 0, 10));
        assertTrue(parameters.flag("enabled"));
        assertTrue(parameters.isGiven("period"));
        assertFalse(parameters.isGiven("steps"));
        assertEquals(Map.of("period", "12.5", "steps", "3", "enabled", "true"), parameters.effective());
    }

    @Test
    void halfOpenRangesAreReadAndNamedAsTheyAre() {
        assertEquals(100, given(Map.of("period", "100")).numberAbove("period", 0, 100));
        assertEquals(0, given(Map.of("period", "0")).numberBelow("period", 0, 1));
        // the bound left out is refused, and every refusal states the half-open range, numbers or not
        for (String bad : List.of("0", "0x32", "NaN", "-1", "100.5")) {
            assertEquals("workload test: period=" + bad + " is not allowed: must be a number in (0, 100]",
                    assertThrows(IllegalArgumentException.class,
                            () -> given(Map.of("period", bad)).numberAbove("period", 0, 100)).getMessage());
        }
        assertEquals("workload test: period=0 is not allowed: must be a number in (0, 1e6]",
                assertThrows(IllegalArgumentException.class,
                        () -> given(Map.of("period", "0")).numberAbove("period", 0, 1e6)).getMessage());
        assertEquals("workload test: period=-1 is not allowed: must be a number in [0, 2.5e7]",
                assertThrows(IllegalArgumentException.class,
                        () -> given(Map.of("period", "-1")).number("period", 0, 2.5e7)).getMessage());
        for (String bad : List.of("1", "day", "NaN", "-0.5")) {
            assertEquals("workload test: period=" + bad + " is not allowed: must be a number in [0, 1)",
                    assertThrows(IllegalArgumentException.class,
                            () -> given(Map.of("period", bad)).numberBelow("period", 0, 1)).getMessage());
        }
    }

    @Test
    void rejectsUnknownKeysNamingTheAllowedOnes() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> given(Map.of("perod", "12")));
        assertEquals("unknown parameter 'perod' for workload test: allowed are period, steps, enabled",
                unknown.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> new Parameters("policy maintain", List.of(), Map.of("x", "1")));
        assertEquals("unknown parameter 'x' for policy maintain: it takes no parameters", none.getMessage());
    }

    @Test
    void rejectsMalformedAndOutOfRangeValuesNamingKeyValueAndRange() {
        assertEquals("workload test: period=day is not allowed: must be a number in [2, 100]",
                assertThrows(IllegalArgumentException.class,
                        () -> given(Map.of("period", "day")).number("period", 2, 100)).getMessage());
        assertEquals("workload test: period=NaN is not allowed: must be a number in [2, 100]",
                assertThrows(IllegalArgumentException.class,
                        () -> given(Map.of("period", "NaN")).number("period", 2, 100)).getMessage());
        assertEquals("workload test: steps=2.5 is not allowed: must be a whole number in [0, 10]",
                assertThrows(IllegalArgumentException.class,
                        () -> given(Map.of("steps", "2.5")).integer("steps", 0, 10)).getMessage());
        assertEquals("workload test: enabled=yes is not allowed: must be true or false",
                assertThrows(IllegalArgumentException.class,
                        () -> given(Map.of("enabled", "yes")).flag("enabled")).getMessage());
        assertEquals("workload test: period=3 is not allowed: must be a number in [0.5, 2.5]",
                assertThrows(IllegalArgumentException.class,
                        () -> given(Map.of("period", "3")).number("period", 0.5, 2.5)).getMessage());
    }

    @Test
    void parameterNamesAndProviderIdsFollowTheirPatterns() {
        assertThrows(IllegalArgumentException.class, () -> new Parameter("Period", "1", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Parameter("work.load", "1", "x"));
        assertTrue("seed-shaped".matches(Provider.ID_PATTERN));
        assertTrue("ar1".matches(Provider.ID_PATTERN));
        assertFalse("Seed".matches(Provider.ID_PATTERN));
        assertFalse("-x".matches(Provider.ID_PATTERN));
        assertFalse("a--b".matches(Provider.ID_PATTERN));
    }
}
