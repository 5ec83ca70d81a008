package cloudrl.launcher;

import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON object with keys in insertion order, enough for the command line's one-line records. */
final class JsonObject {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    JsonObject put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder json = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            if (!first) {
                json.append(", ");
            }
            first = false;
            appendString(json, field.getKey());
            json.append(": ");
            appendValue(json, field.getValue());
        }
        return json.append('}').toString();
    }

    private static void appendValue(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            // JSON has no NaN or infinities
            json.append(Double.isFinite(number) ? Double.toString(number) : "null");
        } else if (value instanceof Number || value instanceof Boolean || value instanceof JsonObject) {
            json.append(value);
        } else {
            appendString(json, value.toString());
        }
    }

    private static void appendString(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
