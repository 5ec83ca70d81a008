package cloudrl.ui.swing.setup;

import cloudrl.plugins.PluginCatalog;
import cloudrl.plugins.PluginDiscovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a plugins folder with a {@link WatchService} and discovers its jars again whenever one is
 * added, replaced or removed. Events are gathered until the folder has been quiet for a moment, so a
 * jar copied in several writes is loaded once, whole. The listener runs on the watch thread.
 */
public final class PluginFolderWatch implements AutoCloseable {

    /** How long the folder must stay quiet before it is read again. */
    static final long QUIET_MILLIS = 300;

    private static final Logger LOG = LoggerFactory.getLogger(PluginFolderWatch.class);

    private final Path folder;
    private final WatchService service;
    private final Thread thread;

    private PluginFolderWatch(Path folder, Consumer<PluginCatalog> listener) throws IOException {
        this.folder = folder;
        this.service = FileSystems.getDefault().newWatchService();
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        this.thread = new Thread(() -> watch(listener), "cloudrl-explorer-plugins");
        thread.setDaemon(true);
    }

    /**
     * Starts watching {@code folder}; {@code listener} gets the built-ins and the folder's plugins after each change.
     *
     * @throws IOException when the folder cannot be watched (it does not exist, or the system refuses)
     */
    public static PluginFolderWatch start(Path folder, Consumer<PluginCatalog> listener) throws IOException {
        PluginFolderWatch watch = new PluginFolderWatch(Objects.requireNonNull(folder, "folder"),
                Objects.requireNonNull(listener, "listener"));
        watch.thread.start();
        return watch;
    }

    /** The folder watched. */
    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // closing is best effort; the thread is a daemon
        }
        thread.interrupt();
    }

    private void watch(Consumer<PluginCatalog> listener) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean jars = drain(key);
                // wait until the folder is quiet: a copy arrives as a create and several modifies
                for (WatchKey more; (more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
                    jars |= drain(more);
                }
                if (jars) {
                    listener.accept(PluginDiscovery.discover(folder));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            LOG.debug("stopped watching {}", folder);
        } catch (RuntimeException failed) {
            LOG.warn("stopped watching the plugins folder {}: {}", folder, failed.getMessage(), failed);
        }
    }

    private static boolean drain(WatchKey key) {
        boolean jars = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            Object context = event.context();
            jars |= event.kind() == StandardWatchEventKinds.OVERFLOW
                    || context instanceof Path path && path.getFileName().toString().endsWith(".jar");
        }
        key.reset();
        return jars;
    }
}
