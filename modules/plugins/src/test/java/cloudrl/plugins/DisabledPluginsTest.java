package cloudrl.plugins;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisabledPluginsTest {

    @TempDir
    Path home;

    @Test
    void theFileSitsBesideTheFolderAndListsIdsAndFileNames() throws IOException {
        Path plugins = Files.createDirectories(home.resolve("plugins"));
        Files.writeString(home.resolve("plugins.disabled"), "# a comment\n  com.example.cooldown \n\nflash.jar\n");

        DisabledPlugins disabled = DisabledPlugins.of(plugins);

        assertEquals(home.resolve("plugins.disabled"), disabled.file());
        assertEquals(List.of("com.example.cooldown", "flash.jar"), disabled.entries());
        assertTrue(disabled.lists(plugin("com.example.cooldown", plugins.resolve("any-name.jar"))));
        assertTrue(disabled.lists(plugin("com.example.flashcrowd", plugins.resolve("flash.jar"))));
        assertFalse(disabled.lists(plugin("com.example.other", plugins.resolve("other.jar"))));
    }

    @Test
    void writingReplacesTheFileWholeAndLeavesNoTemporaryFile() throws IOException {
        Path plugins = Files.createDirectories(home.resolve("plugins"));
        DisabledPlugins.of(plugins).with("b.jar").with("a").write();
        assertEquals(List.of("a", "b.jar"), DisabledPlugins.of(plugins).entries());

        Plugin b = plugin("com.example.b", plugins.resolve("b.jar"));
        DisabledPlugins.of(plugins).without(b).write();
        assertEquals(List.of("a"), DisabledPlugins.of(plugins).entries());
        try (var files = Files.list(home)) {
            assertEquals(List.of("plugins", "plugins.disabled"),
                    files.map(path -> path.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aMissingFileListsNothing() {
        assertEquals(List.of(), DisabledPlugins.of(home.resolve("nowhere")).entries());
    }

    @Test
    void aDisabledPluginIsFoundButNotStarted() throws IOException {
        Path plugins = Files.createDirectories(home.resolve("plugins"));
        ExamplePlugins.copy(ExamplePlugins.POLICY_JAR, plugins, "cooldown.jar");
        DisabledPlugins.of(plugins).with("com.example.cooldown").write();

        PluginCatalog catalog = PluginDiscovery.discover(plugins);

        Plugin cooldown = catalog.plugins().get(0);
        assertEquals(PluginState.DISABLED, cooldown.state());
        // its descriptor was read, so it is known by id and version, but nothing of it was loaded
        assertEquals("com.example.cooldown", cooldown.id());
        assertTrue(cooldown.reason().startsWith("disabled in " + home.resolve("plugins.disabled")), cooldown.reason());
        assertEquals(List.of(), cooldown.providers());
        assertFalse(catalog.ids(cloudrl.api.PlugPoint.POLICY).contains("cooldown"));
    }

    private static Plugin plugin(String id, Path location) {
        return new Plugin(id, null, location, null, PluginState.STARTED, null, List.of());
    }
}
