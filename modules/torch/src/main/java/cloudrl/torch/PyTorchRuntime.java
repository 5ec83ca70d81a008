package cloudrl.torch;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Properties;

/**
 * The PyTorch engine, loaded without touching the network. DJL looks for libtorch in the
 * {@code pytorch-native-cpu} jar on the class path and would otherwise download it; and on its
 * first use it may contact a cloud metadata service unless offline mode is on. So before DJL's
 * engine is first touched, this class switches offline mode on (unless the user chose otherwise with
 * {@code DJL_OFFLINE} or {@code -Dai.djl.offline}) and checks that the bundled native library is
 * there, failing with a clear message instead of a download.
 *
 * <p>Use {@link #newManager()} rather than {@code NDManager.newBaseManager()} so that these checks
 * come first.
 */
public final class PyTorchRuntime {

    /** DJL's name for the engine. */
    public static final String ENGINE = "PyTorch";

    private static final Logger LOG = LoggerFactory.getLogger(PyTorchRuntime.class);
    private static final String NATIVE_PROPERTIES = "native/lib/pytorch.properties";

    private static volatile Engine engine;

    private PyTorchRuntime() {
    }

    /** A new root manager on the CPU; close it (try-with-resources) to free everything created in it. */
    public static NDManager newManager() {
        return engine().newBaseManager(Device.cpu());
    }

    /**
     * The PyTorch engine, loaded on first call.
     *
     * @throws IllegalStateException when the bundled native library is not on the class path
     */
    public static Engine engine() {
        Engine loaded = engine;
        if (loaded == null) {
            synchronized (PyTorchRuntime.class) {
                loaded = engine;
                if (loaded == null) {
                    loaded = load();
                    engine = loaded;
                }
            }
        }
        return loaded;
    }

    private static Engine load() {
        if (System.getenv("DJL_OFFLINE") == null && System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        String bundled = bundledVersion();
        String override = System.getenv("PYTORCH_VERSION");
        if (override != null && !override.isEmpty() && !bundled.startsWith(override)) {
            throw new IllegalStateException("PYTORCH_VERSION=" + override + " asks DJL to download libtorch "
                    + override + ", but CloudRL uses the bundled " + bundled + " offline: unset PYTORCH_VERSION");
        }
        LOG.debug("loading PyTorch {} from the class path", bundled);
        return Engine.getEngine(ENGINE);
    }

    /**
     * The version of libtorch bundled on the class path, as DJL will find it.
     *
     * @throws IllegalStateException when there is none, or only DJL's download placeholder
     */
    static String bundledVersion() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        URL resource = (loader != null ? loader : PyTorchRuntime.class.getClassLoader()).getResource(NATIVE_PROPERTIES);
        if (resource == null) {
            throw new IllegalStateException("the PyTorch native library is missing: put the jar"
                    + " ai.djl.pytorch:pytorch-native-cpu (classifier linux-x86_64) on the class path;"
                    + " CloudRL does not download it");
        }
        Properties properties = new Properties();
        try (InputStream in = resource.openStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        if (properties.getProperty("placeholder") != null || properties.getProperty("version") == null) {
            throw new IllegalStateException("the PyTorch jar at " + resource + " holds no native library,"
                    + " only a download placeholder; CloudRL does not download it");
        }
        return properties.getProperty("version") + "-" + properties.getProperty("flavor", "?") + "-"
                + properties.getProperty("classifier", "?");
    }
}
