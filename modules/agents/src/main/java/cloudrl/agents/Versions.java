package cloudrl.agents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The CloudRL version this module was built as, for the metadata of saved models. */
final class Versions {

    private Versions() {
    }

    static String cloudrl() {
        try (InputStream in = Versions.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the agents module's build.properties", e);
        }
    }
}
