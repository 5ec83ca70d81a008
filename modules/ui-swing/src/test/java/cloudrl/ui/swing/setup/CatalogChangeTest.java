package cloudrl.ui.swing.setup;

import cloudrl.api.Action;
import cloudrl.api.Parameters;
import cloudrl.api.Policy;
import cloudrl.api.PolicyProvider;
import cloudrl.plugins.FoundProvider;
import cloudrl.plugins.PluginCatalog;
import cloudrl.plugins.PluginSource;
import cloudrl.plugins.Selection;
import cloudrl.plugins.Plugin;
import cloudrl.plugins.PluginState;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogChangeTest {

    private static FoundProvider plugin(String id, String jar) {
        PolicyProvider provider = new PolicyProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "test policy " + id;
            }

            @Override
            public Policy create(long seed, Parameters parameters) {
                return observation -> Action.MAINTAIN;
            }
        };
        return new FoundProvider(provider, new PluginSource(Path.of("/plugins", jar)));
    }

    @Test
    void aJarDroppedInIsAddedAndNamed() {
        FoundProvider cooldown = plugin("cooldown", "cooldown.jar");
        CatalogChange change = CatalogChange.keeping(new PluginCatalog(List.of(), List.of()),
                new PluginCatalog(List.of(cooldown), List.of()), Selection.defaults());
        assertEquals(List.of(cooldown), change.added());
        assertEquals(Optional.of("plugin added: policy cooldown (cooldown.jar)"), change.notice());
        assertEquals(List.of("cooldown"), change.catalog().ids(cloudrl.api.PlugPoint.POLICY));
    }

    @Test
    void aRemovedJarStaysWhileTheSetUpPlaysItsProvider() {
        FoundProvider cooldown = plugin("cooldown", "cooldown.jar");
        PluginCatalog before = new PluginCatalog(List.of(cooldown), List.of());
        PluginCatalog empty = new PluginCatalog(List.of(), List.of());
        Selection playingIt = Selection.of("cooldown", null, null, List.of());
        CatalogChange inUse = CatalogChange.keeping(before, empty, playingIt);
        assertEquals(List.of(cooldown), inUse.kept());
        assertEquals(List.of("cooldown"), inUse.catalog().ids(cloudrl.api.PlugPoint.POLICY));
        CatalogChange unused = CatalogChange.keeping(before, empty, Selection.defaults());
        assertEquals(List.of(cooldown), unused.removed());
        assertTrue(unused.catalog().ids(cloudrl.api.PlugPoint.POLICY).isEmpty());
        assertEquals(Optional.of("plugin removed: policy cooldown (cooldown.jar)"), unused.notice());
    }

    @Test
    void aBrokenJarIsNamedWithItsReason() {
        Plugin broken = new Plugin("broken.jar", null, Path.of("/plugins/broken.jar"), null, PluginState.FAILED,
                "not a jar (zip) file: zip END header not found", List.of());
        CatalogChange change = CatalogChange.keeping(new PluginCatalog(List.of(), List.of()),
                new PluginCatalog(List.of(), List.of(broken)), Selection.defaults());
        assertEquals(Optional.of("skipped plugin broken.jar: not a jar (zip) file: zip END header not found"),
                change.problem());
    }

    @Test
    void theShelfLetsAKeptProviderGoOnceASetUpWithoutItIsApplied() {
        FoundProvider cooldown = plugin("cooldown", "cooldown.jar");
        PluginShelf shelf = new PluginShelf(new PluginCatalog(List.of(cooldown), List.of()));
        Selection playingIt = Selection.of("cooldown", null, null, List.of());
        shelf.offer(new PluginCatalog(List.of(), List.of()), playingIt);
        assertEquals(List.of("cooldown"), shelf.catalog().ids(cloudrl.api.PlugPoint.POLICY));
        assertEquals(Optional.empty(), shelf.release(playingIt), "still played: kept");
        assertTrue(shelf.release(Selection.defaults()).orElseThrow().ids(cloudrl.api.PlugPoint.POLICY).isEmpty());
        assertEquals(Optional.empty(), shelf.release(Selection.defaults()), "nothing left to let go");
    }
}
