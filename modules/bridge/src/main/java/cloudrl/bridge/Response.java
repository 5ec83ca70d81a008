package cloudrl.bridge;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A response being written: a growable little-endian buffer that starts with the frame's length
 * (filled in by {@link FrameChannel#send}), the status byte and three bytes of padding. Reused from one response to the next,
 * so a vector step allocates nothing once the buffer has grown to its size.
 */
public final class Response {

    private ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

    /** Starts a new response with {@code status}. */
    public Response begin(byte status) {
        buffer.clear();
        // three bytes of padding keep the answer 8-byte aligned after the header, for NumPy views
        buffer.putInt(0).put(status).put((byte) 0).putShort((short) 0);
        return this;
    }

    /** The buffer, with room for at least {@code bytes} more; grows (keeping what is written) when needed. */
    public ByteBuffer room(int bytes) {
        if (buffer.remaining() < bytes) {
            long wanted = Math.max((long) buffer.capacity() * 2, (long) buffer.position() + bytes);
            if (wanted > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("a response of " + wanted + " bytes is too large for one frame");
            }
            ByteBuffer grown = ByteBuffer.allocateDirect((int) wanted).order(ByteOrder.LITTLE_ENDIAN);
            buffer.flip();
            grown.put(buffer);
            buffer = grown;
        }
        return buffer;
    }

    /** The finished frame, ready to write: its length filled in, flipped. */
    ByteBuffer frame() {
        buffer.putInt(0, buffer.position() - 4);
        buffer.flip();
        return buffer;
    }
}
