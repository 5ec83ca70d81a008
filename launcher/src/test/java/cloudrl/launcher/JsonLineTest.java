package cloudrl.launcher;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonLineTest {

    record Inner(long k) {
    }

    record Sample(String name, int n, double avgCpu, boolean ok, Inner inner, List<Integer> counts,
                  Map<String, String> parameters) {
    }

    record Numbers(double a, Double b, double c, double ci95Low) {
    }

    @Test
    void keepsComponentOrderSnakeCasesKeysButNotMapKeysAndEscapesStrings() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("burstFactor", "2");
        parameters.put("leave", "0.25");
        String json = JsonLine.of(new Sample("a \"quoted\"\\path\n\u0001", 3, 0.5, true, new Inner(1L),
                List.of(1, 2), parameters));
        // written out by hand: JSON escapes quote, backslash, newline and control characters
        assertEquals("{\"name\": \"a \\\"quoted\\\"\\\\path\\n\\u0001\", \"n\": 3, \"avg_cpu\": 0.5, \"ok\": true, "
                + "\"inner\": {\"k\": 1}, \"counts\": [1, 2], \"parameters\": {\"burstFactor\": \"2\", \"leave\": \"0.25\"}}",
                json);
    }

    @Test
    void nonFiniteNumbersBecomeNullAndFiniteOnesPrintAsJavaPrintsThem() {
        assertEquals("{\"a\": null, \"b\": null, \"c\": 5.0E-4, \"ci95_low\": 76.72559158811127}",
                JsonLine.of(new Numbers(Double.NaN, Double.POSITIVE_INFINITY, 5.0E-4, 76.72559158811127)));
    }
}
