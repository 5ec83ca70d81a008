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
    private final ByteBuffer length = ByteBuffer.allocateDirect(4).order(ByteOrder.LITTLE_ENDIAN);
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
        length.clear();
        if (!fill(length, true)) {
            throw new EOFException("the connection was closed");
        }
        int size = length.getInt(0);
        if (size < 1 || size > MAX_REQUEST) {
            throw new IOException("a request frame of " + size + " bytes is not allowed: 1 to " + MAX_REQUEST);
        }
        if (body.capacity() < size) {
            body = ByteBuffer.allocateDirect(Math.max(size, body.capacity() * 2)).order(ByteOrder.LITTLE_ENDIAN);
        }
        body.clear().limit(size);
        fill(body, false);
        body.flip();
        return body;
    }

    /** Writes {@code response} whole. */
    public void send(Response response) throws IOException {
        ByteBuffer frame = response.frame();
        while (frame.hasRemaining()) {
            channel.write(frame);
        }
    }

    // Reads until the buffer is full; false when the stream ended before the first byte and that is allowed.
    private boolean fill(ByteBuffer buffer, boolean endAllowed) throws IOException {
        boolean started = false;
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                if (endAllowed && !started) {
                    return false;
                }
                throw new EOFException("the connection was closed in the middle of a request");
            }
            started = buffer.position() > 0;
        }
        return true;
    }
}
