package cloudrl.bridge;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bridge's wire format. Every message is a frame: a little-endian {@code int32} body length,
 * then the body. A request body is an opcode byte and its payload; a response body is a status byte
 * ({@link #OK}, {@link #BAD_ARGUMENT} or {@link #FAILURE}) and three bytes of padding, so the answer
 * starts 8-byte aligned; then the one-line message of a refusal or, when OK, the answer. Numbers are little-endian, as NumPy reads them without a copy;
 * a string is an {@code int32} byte count and UTF-8 bytes. One Python environment is one connection
 * and one JVM, so the session holds at most one environment.
 *
 * <pre>
 * LIST                                     -> int32 count, count x entry
 * MAKE      str id, args                   -> entry (the built environment's spaces)
 * MAKE_VEC  str id, int32 count, int32 threads (0: the JVM's processors), args -> entry
 * RESET     u8 seeded, int64 seed          -> f32[dim] observation, int32 step, f64 latency
 * STEP      int32 action                   -> f32[dim], f64 reward, u8 terminated, u8 truncated,
 *                                             int32 step, f64 latency, int32 n, n x (str, f64) reward parts,
 *                                             int32 m, m x (str, f64) fleet (empty in the reference),
 *                                             u8 graded [int32 n, n x (str, f64) grade]
 * RENDER    int32 width, int32 height      -> int32 width, int32 height, u8[height*width*3] RGB
 * VRESET    u8 seeded, int64 seed          -> f32[count*dim]
 * VSTEP     int32[count] actions           -> f32[count*dim], f64[count] rewards, u8[count] terminated, u8[count] truncated,
 *                                             int64 nanoseconds the JVM spent stepping (the rest of a round trip is transfer)
 * VSEEDS    int64 seed                     -> int64[count], the seed each environment gets from VRESET seed
 * CLOSE                                    -> (nothing), then the JVM exits
 *
 * args  = int32 n, n x (str key, str value)
 * entry = str id, str description, int32 dim, dim x str name, f32[dim] low, f32[dim] high,
 *         int32 actions, actions x str label
 * </pre>
 */
public final class Protocol {

    public static final byte LIST = 1;
    public static final byte MAKE = 2;
    public static final byte MAKE_VEC = 3;
    public static final byte RESET = 4;
    public static final byte STEP = 5;
    public static final byte RENDER = 6;
    public static final byte VRESET = 7;
    public static final byte VSTEP = 8;
    public static final byte VSEEDS = 9;
    public static final byte CLOSE = 10;

    public static final byte OK = 0;
    public static final byte BAD_ARGUMENT = 1;
    public static final byte FAILURE = 2;

    private Protocol() {
    }

    /** Reads a string written as an int32 byte count and UTF-8 bytes. */
    public static String string(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("a string of " + length + " bytes does not fit the " + in.remaining()
                    + " bytes left in the request");
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Reads {@code args}: an int32 count and that many key/value string pairs. */
    public static List<Map.Entry<String, String>> arguments(ByteBuffer in) {
        int count = in.getInt();
        if (count < 0 || count > in.remaining() / 8) {
            throw new IllegalArgumentException("argument count " + count + " does not fit the request");
        }
        List<Map.Entry<String, String>> arguments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            arguments.add(Map.entry(string(in), string(in)));
        }
        return arguments;
    }

    /** Writes {@code text} as an int32 byte count and UTF-8 bytes. */
    public static void putString(Response out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.room(4 + bytes.length).putInt(bytes.length).put(bytes);
    }

    /** Writes an environment entry. */
    public static void putEntry(Response out, EnvironmentEntry entry) {
        putString(out, entry.id());
        putString(out, entry.description());
        out.room(4).putInt(entry.dimension());
        for (String name : entry.featureNames()) {
            putString(out, name);
        }
        ByteBuffer bounds = out.room(8 * entry.dimension());
        for (float value : entry.low()) {
            bounds.putFloat(value);
        }
        for (float value : entry.high()) {
            bounds.putFloat(value);
        }
        out.room(4).putInt(entry.actions());
        for (String label : entry.actionLabels()) {
            putString(out, label);
        }
    }

    /** Writes named numbers: an int32 count, then name and f64 value for each. */
    public static void putNamedValues(Response out, Map<String, Double> values) {
        out.room(4).putInt(values.size());
        for (Map.Entry<String, Double> value : values.entrySet()) {
            putString(out, value.getKey());
            out.room(8).putDouble(value.getValue());
        }
    }
}
