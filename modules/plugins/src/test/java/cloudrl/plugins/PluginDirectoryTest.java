package cloudrl.plugins;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PluginDirectoryTest {

    @TempDir
    Path folder;

    @Test
    void theOptionWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        Path fallback = folder.resolve("home/plugins");
        assertEquals(new PluginDirectory(folder, true), PluginDirectory.choose(folder, "/elsewhere", fallback));
        assertEquals(new PluginDirectory(folder, true), PluginDirectory.choose(null, folder.toString(), fallback));
        assertEquals(new PluginDirectory(fallback, false), PluginDirectory.choose(null, " ", fallback));
        assertEquals(new PluginDirectory(fallback, false), PluginDirectory.choose(null, null, fallback));
    }

    @Test
    void anExplicitDirectoryMustExist() {
        Path missing = folder.resolve("missing");
        assertEquals("--plugins " + missing + " is not allowed: no such directory; give a directory holding plugin jars",
                assertThrows(IllegalArgumentException.class, () -> PluginDirectory.choose(missing, null, folder))
                        .getMessage());
        assertEquals("CLOUDRL_PLUGINS " + missing + " is not allowed: no such directory; give a directory holding"
                        + " plugin jars",
                assertThrows(IllegalArgumentException.class,
                        () -> PluginDirectory.choose(null, missing.toString(), folder)).getMessage());
    }
}
