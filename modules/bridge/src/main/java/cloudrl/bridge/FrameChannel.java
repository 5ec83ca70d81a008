package cloudrl.bridge;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ByteChannel;

/** Reads request frames from and writes response frames to one connection (see {@link Protocol}). */
public final class FrameChannel {

    /** Largest request accepted: far above any vector step a JVM heap can serve. */
    static final int MAX_REQUEST = 1 << 30;

    private final ByteChannel channel;
    private ByteBuffer body = ByteBuffer.allocateDirect(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

    public FrameChannel(ByteChannel channel) {
        this.channel = channel;
    }

    /**
     * The next request's body, positioned at its opcode; valid until the next call.
     *
     * @throws EOFException when the other side closed the connection between requests
     */
    public ByteBuffer receive() throws IOException {
        // one read usually brings the length and the whole body; the rest is read only when it did not
        body.clear();
        if (!fill(body, 4, true)) {
            throw new EOFException("the connection was closed");
        }
        int size = body.getInt(0);
        if (size < 1 || size > MAX_REQUEST) {
            throw new IOException("a request frame of " + size + " bytes is not allowed: 1 to " + MAX_REQUEST);
        }
        if (body.capacity() < 4 + size) {
            ByteBuffer grown = ByteBuffer.allocateDirect(Math.max(4 + size, body.capacity() * 2))
                    .order(ByteOrder.LITTLE_ENDIAN);
            body.flip();
            grown.put(body);
            body = grown;
        }
        if (body.position() > 4 + size) {
            throw new IOException("a request came before the answer to the previous one: one request at a time");
        }
        body.limit(4 + size);
        fill(body, 4 + size, false);
        body.flip().position(4);
        return body;
    }

    /** Writes {@code response} whole. */
    public void send(Response response) throws IOException {
        ByteBuffer frame = response.frame();
        while (frame.hasRemaining()) {
            channel.write(frame);
        }
    }

    // Reads until the buffer holds at least `wanted` bytes; false when the stream ended before the first byte and that is allowed.
    private boolean fill(ByteBuffer buffer, int wanted, boolean endAllowed) throws IOException {
        while (buffer.position() < wanted) {
            if (channel.read(buffer) < 0) {
                if (endAllowed && buffer.position() == 0) {
                    return false;
                }
                throw new EOFException("the connection was closed in the middle of a request");
            }
        }
        return true;
    }
}
