package cloudrl.bridge;

import cloudrl.env.CloudEnvironment;
import cloudrl.env.VectorEnv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.EOFException;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

/**
 * Answers one connection's requests until it sends CLOSE or goes away. A bad argument or a failed
 * step is answered with its one-line message and the session goes on; only a broken connection ends it.
 */
public final class BridgeSession {

    private static final Logger LOG = LoggerFactory.getLogger(BridgeSession.class);

    private final EnvironmentCatalog catalog;
    private final FrameChannel channel;
    private final Response response = new Response();
    private EpisodeServer single;
    private VectorServer vector;

    public BridgeSession(EnvironmentCatalog catalog, FrameChannel channel) {
        this.catalog = catalog;
        this.channel = channel;
    }

    /** Serves requests until CLOSE or the end of the connection. */
    public void serve() throws IOException {
        try {
            while (true) {
                ByteBuffer request;
                try {
                    request = channel.receive();
                } catch (EOFException closed) {
                    LOG.debug("the connection was closed: {}", closed.getMessage());
                    return;
                }
                byte opcode = request.get();
                try {
                    response.begin(Protocol.OK);
                    if (!answer(opcode, request)) {
                        channel.send(response);
                        return;
                    }
                } catch (IllegalArgumentException badArgument) {
                    refuse(Protocol.BAD_ARGUMENT, badArgument.getMessage());
                } catch (BufferUnderflowException truncated) {
                    refuse(Protocol.FAILURE, "request " + opcode + " is shorter than its payload");
                } catch (RuntimeException failure) {
                    LOG.debug("request {} failed", opcode, failure);
                    refuse(Protocol.FAILURE, failure.getMessage() == null ? failure.toString() : failure.getMessage());
                }
                channel.send(response);
            }
        } finally {
            if (vector != null) {
                vector.close();
            }
        }
    }

    // Writes the answer to `request` into the response; false for CLOSE.
    private boolean answer(byte opcode, ByteBuffer request) {
        switch (opcode) {
            case Protocol.LIST -> {
                List<EnvironmentEntry> entries = catalog.entries();
                response.room(4).putInt(entries.size());
                entries.forEach(entry -> Protocol.putEntry(response, entry));
            }
            case Protocol.MAKE -> {
                requireNoEnvironment();
                String id = Protocol.string(request);
                CloudEnvironment environment = catalog.single(id, Protocol.arguments(request));
                single = new EpisodeServer(environment, "CloudRL " + id);
                Protocol.putEntry(response, catalog.entry(id, environment.observationSpace(), environment.actionSpace()));
            }
            case Protocol.MAKE_VEC -> {
                requireNoEnvironment();
                String id = Protocol.string(request);
                int count = request.getInt();
                int threads = request.getInt();
                List<Map.Entry<String, String>> arguments = Protocol.arguments(request);
                VectorEnv environments = catalog.vector(id, count,
                        threads == 0 ? Math.min(Runtime.getRuntime().availableProcessors(), VectorEnv.MAX_THREADS) : threads,
                        arguments);
                vector = new VectorServer(environments);
                Protocol.putEntry(response, catalog.entry(id, environments.observationSpace(), environments.actionSpace()));
            }
            case Protocol.RESET -> single().reset(request, response);
            case Protocol.STEP -> single().step(request, response);
            case Protocol.RENDER -> single().render(request, response);
            case Protocol.VRESET -> vector().reset(request, response);
            case Protocol.VSTEP -> vector().step(request, response);
            case Protocol.VSEEDS -> vector().seeds(request, response);
            case Protocol.CLOSE -> {
                return false;
            }
            default -> throw new IllegalArgumentException("unknown request " + opcode + ": allowed are 1 to "
                    + Protocol.CLOSE);
        }
        return true;
    }

    private void refuse(byte status, String message) {
        response.begin(status);
        Protocol.putString(response, message);
    }

    private void requireNoEnvironment() {
        if (single != null || vector != null) {
            throw new IllegalStateException("this connection already serves an environment: one per connection");
        }
    }

    private EpisodeServer single() {
        if (single == null) {
            throw new IllegalStateException("no single environment was made on this connection");
        }
        return single;
    }

    private VectorServer vector() {
        if (vector == null) {
            throw new IllegalStateException("no vector environment was made on this connection");
        }
        return vector;
    }
}
