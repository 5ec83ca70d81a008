package cloudrl.bridge;

import cloudrl.api.Action;
import cloudrl.api.StepResult;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.PluginDiscovery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ByteChannel;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The session over an in-memory channel, frame by frame as Python writes and reads them (see Protocol). */
class BridgeSessionTest {

    private Pipe requests;
    private Pipe responses;
    private CompletableFuture<Void> served;

    @BeforeEach
    void start() throws IOException {
        requests = Pipe.open();
        responses = Pipe.open();
        ByteChannel serverSide = new ByteChannel() {
            public int read(ByteBuffer dst) throws IOException {
                return requests.source().read(dst);
            }

            public int write(ByteBuffer src) throws IOException {
                return responses.sink().write(src);
            }

            public boolean isOpen() {
                return true;
            }

            public void close() {
            }
        };
        BridgeSession session = new BridgeSession(new EnvironmentCatalog(new Assembly(PluginDiscovery.builtIns())),
                new FrameChannel(serverSide));
        served = CompletableFuture.runAsync(() -> {
            try {
                session.serve();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @AfterEach
    void stop() throws Exception {
        requests.sink().close();
        served.get(10, TimeUnit.SECONDS);
    }

    @Test
    void listsEveryScenarioFirstBootDelayWithItsBootingServersFeature() throws IOException {
        ByteBuffer answer = request(Protocol.LIST, new byte[0]);
        assertEquals(Protocol.OK, status(answer));
        assertEquals(cloudrl.plugins.PluginDiscovery.builtIns().ids(cloudrl.api.PlugPoint.SCENARIO).size(),
                answer.getInt());
        // by id: boot-delay comes first, and its observation is the reference four and bootingServers
        assertEquals("boot-delay", Protocol.string(answer));
        Protocol.string(answer);
        assertEquals(5, answer.getInt());
    }

    @Test
    void refusesABadTaskThenServesTheSameEpisodeAsCloudEnvironment() throws IOException {
        ByteBuffer refused = request(Protocol.MAKE, concat(string("reference"), arguments("task", "extreme")));
        assertEquals(Protocol.BAD_ARGUMENT, status(refused));
        assertEquals("unknown task 'extreme': choose one of easy, medium, hard", Protocol.string(refused));

        assertEquals(Protocol.OK, status(request(Protocol.MAKE, concat(string("reference"), arguments("task", "easy")))));
        ByteBuffer reset = request(Protocol.RESET, ByteBuffer.allocate(9).order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) 1).putLong(3).array());
        assertEquals(Protocol.OK, status(reset));
        CloudEnvironment expected = CloudEnvironment.of(Task.EASY);
        assertArrayEquals(expected.reset(3).observation().toArray(), floats(reset, 4));

        ByteBuffer step = request(Protocol.STEP, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(2).array());
        assertEquals(Protocol.OK, status(step));
        StepResult want = expected.step(Action.INCREASE);
        assertArrayEquals(want.observation().toArray(), floats(step, 4));
        assertEquals(want.reward(), step.getDouble());
    }

    @Test
    void aStepWithoutAnEnvironmentIsAFailureAndTheSessionGoesOn() throws IOException {
        ByteBuffer failed = request(Protocol.STEP, new byte[4]);
        assertEquals(Protocol.FAILURE, status(failed));
        assertEquals("no single environment was made on this connection", Protocol.string(failed));
        assertEquals(Protocol.OK, status(request(Protocol.LIST, new byte[0])));
    }

    private ByteBuffer request(byte opcode, byte[] payload) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(5 + payload.length).order(ByteOrder.LITTLE_ENDIAN);
        frame.putInt(1 + payload.length).put(opcode).put(payload).flip();
        while (frame.hasRemaining()) {
            requests.sink().write(frame);
        }
        ByteBuffer length = readFully(4);
        return readFully(length.getInt(0));
    }

    private ByteBuffer readFully(int size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (responses.source().read(buffer) < 0) {
                throw new IOException("the session closed its end");
            }
        }
        return buffer.flip();
    }

    // the status byte and the three bytes of padding after it
    private static byte status(ByteBuffer answer) {
        byte status = answer.get();
        answer.position(answer.position() + 3);
        return status;
    }

    private static float[] floats(ByteBuffer answer, int count) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = answer.getFloat();
        }
        return values;
    }

    private static byte[] string(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + bytes.length).order(ByteOrder.LITTLE_ENDIAN).putInt(bytes.length).put(bytes).array();
    }

    private static byte[] arguments(String key, String value) {
        return concat(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(1).array(), string(key), string(value));
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer all = ByteBuffer.allocate(java.util.Arrays.stream(parts).mapToInt(p -> p.length).sum());
        for (byte[] part : parts) {
            all.put(part);
        }
        return all.array();
    }
}
