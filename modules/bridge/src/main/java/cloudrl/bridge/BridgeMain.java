package cloudrl.bridge;

import cloudrl.plugins.Assembly;
import cloudrl.plugins.PluginCatalog;
import cloudrl.plugins.PluginDirectory;
import cloudrl.plugins.Plugin;
import cloudrl.plugins.PluginState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * The bridge's JVM, started by {@code cloudrl_gym}: {@code java -m cloudrl.bridge SOCKET}. It connects
 * to the Unix domain socket the Python side listens on and serves one {@link BridgeSession}. It exits
 * when the session ends, and also as soon as its standard input closes: the Python process holds the
 * other end, so the JVM never outlives it, however it ended (even by SIGKILL).
 */
public final class BridgeMain {

    private static final Logger LOG = LoggerFactory.getLogger(BridgeMain.class);

    /** The system property naming CloudRL's home, whose {@code plugins/} folder is searched. */
    static final String HOME_PROPERTY = "cloudrl.home";

    /** Socket buffer asked for each way (the kernel may grant less). */
    static final int SOCKET_BUFFER = 4 << 20;

    private BridgeMain() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            LOG.error("usage: cloudrl.bridge SOCKET (the path of a Unix domain socket to connect to)");
            System.exit(2);
        }
        exitWhenStdinCloses(System.in);
        try (SocketChannel socket = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.connect(UnixDomainSocketAddress.of(args[0]));
            // room for a whole vector batch in the socket, so a response is not written in many small slices
            socket.setOption(StandardSocketOptions.SO_SNDBUF, SOCKET_BUFFER);
            socket.setOption(StandardSocketOptions.SO_RCVBUF, SOCKET_BUFFER);
            new BridgeSession(new EnvironmentCatalog(new Assembly(discover())), new FrameChannel(socket)).serve();
        } catch (IOException | RuntimeException e) {
            LOG.error("cloudrl bridge: {}", e.getMessage() == null ? e.toString() : e.getMessage(), e);
            System.exit(1);
        }
        System.exit(0);
    }

    private static PluginCatalog discover() {
        String home = System.getProperty(HOME_PROPERTY, ".");
        PluginCatalog catalog = PluginDirectory.choose(null, System.getenv(PluginDirectory.ENVIRONMENT_VARIABLE),
                Path.of(home).resolve("plugins")).discover();
        for (Plugin failed : catalog.plugins(PluginState.FAILED)) {
            LOG.warn("skipped plugin {}: {}", failed.location(), failed.reason());
        }
        return catalog;
    }

    private static void exitWhenStdinCloses(InputStream in) {
        Thread watcher = new Thread(() -> {
            try {
                while (in.read() >= 0) {
                    // nothing is ever sent on standard input; it only tells that the parent lives
                }
            } catch (IOException closed) {
                LOG.debug("standard input failed: {}", closed.getMessage());
            }
            Runtime.getRuntime().halt(0);
        }, "cloudrl-bridge-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
