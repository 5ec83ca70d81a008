package cloudrl.launcher;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonObjectTest {

    @Test
    void keepsKeyOrderAndEscapesStrings() {
        String json = new JsonObject().put("name", "a \"quoted\"\\path\n").put("n", 3).put("x", 0.5)
                .put("ok", true).put("inner", new JsonObject().put("k", 1L)).toString();
        assertEquals("{\"name\": \"a \\\"quoted\\\"\\\\path\\n\", \"n\": 3, \"x\": 0.5, \"ok\": true, "
                + "\"inner\": {\"k\": 1}}", json);
    }

    @Test
    void nonFiniteNumbersBecomeNull() {
        assertEquals("{\"a\": null, \"b\": null}",
                new JsonObject().put("a", Double.NaN).put("b", Double.POSITIVE_INFINITY).toString());
    }
}
