package cloudrl.launcher;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;

/**
 * The command line's JSON output, through Jackson: a record becomes one line, its components in
 * declaration order as snake_case keys ({@code avgCpu} is {@code avg_cpu}; map keys are kept as they
 * are), written {@code {"key": value, ...}}. JSON has no NaN or infinities, so those are {@code null}.
 */
final class JsonLine {

    private static final ObjectWriter WRITER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new SimpleModule("cloudrl-numbers")
                    .addSerializer(Double.class, new FiniteOrNull())
                    .addSerializer(double.class, new FiniteOrNull()))
            .build()
            .writer(new SpacedPrinter());

    private JsonLine() {
    }

    /** {@code value} (a record, list or map) as one line of JSON. */
    static String of(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException cannot) {
            // the values are the program's own records; failing here is a bug, not bad input
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName() + ": "
                    + cannot.getOriginalMessage(), cannot);
        }
    }

    /** A number, or null where it is not finite. */
    private static final class FiniteOrNull extends StdSerializer<Double> {
        FiniteOrNull() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (Double.isFinite(value)) {
                generator.writeNumber(value);
            } else {
                generator.writeNull();
            }
        }
    }

    /** One line, with a blank after each colon and comma, as the command line has always printed it. */
    private static final class SpacedPrinter extends MinimalPrettyPrinter {
        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(", ");
        }
    }
}
