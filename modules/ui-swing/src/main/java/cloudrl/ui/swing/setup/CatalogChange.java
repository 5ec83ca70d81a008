package cloudrl.ui.swing.setup;

import cloudrl.plugins.FoundProvider;
import cloudrl.plugins.PluginCatalog;
import cloudrl.plugins.Selection;
import cloudrl.plugins.Plugin;
import cloudrl.plugins.PluginState;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What changed between two discoveries of the plugins folder: the providers that appeared, those
 * that went, and the jars that could not be loaded. A provider the window still plays is kept in
 * the catalog until the set-up stops using it ({@link #keeping}).
 *
 * @param catalog the catalog to offer from now on
 * @param added   providers that were not on offer before
 * @param removed providers no longer on offer
 * @param kept    providers whose jar went but which the set-up still uses, so they stay until it changes
 * @param broken  jars that could not be loaded
 */
public record CatalogChange(PluginCatalog catalog, List<FoundProvider> added, List<FoundProvider> removed,
                            List<FoundProvider> kept, List<Plugin> broken) {

    public CatalogChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        kept = List.copyOf(kept);
        broken = List.copyOf(broken);
    }

    /**
     * The change from {@code before} to {@code found}, keeping every provider of {@code before} that
     * {@code inUse} names and {@code found} lacks.
     */
    public static CatalogChange keeping(PluginCatalog before, PluginCatalog found, Selection inUse) {
        List<FoundProvider> added = found.providers().stream().filter(each -> !offers(before, each)).toList();
        List<FoundProvider> removed = new ArrayList<>();
        List<FoundProvider> kept = new ArrayList<>();
        for (FoundProvider each : before.providers()) {
            if (offers(found, each)) {
                continue;
            }
            if (inUse.uses(each.plugPoint(), each.id())) {
                kept.add(each);
            } else {
                removed.add(each);
            }
        }
        List<FoundProvider> offered = new ArrayList<>(found.providers());
        offered.addAll(kept);
        return new CatalogChange(new PluginCatalog(offered, found.plugins()), added, removed, kept,
                found.plugins(PluginState.FAILED));
    }

    /** Whether anything a user would notice changed. */
    public boolean any() {
        return !added.isEmpty() || !removed.isEmpty() || !kept.isEmpty() || !broken.isEmpty();
    }

    /** One line for the status bar about what came and went; empty when nothing did. */
    public Optional<String> notice() {
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("plugin added: " + names(added));
        }
        if (!removed.isEmpty()) {
            parts.add("plugin removed: " + names(removed));
        }
        if (!kept.isEmpty()) {
            parts.add(names(kept) + " kept until the set-up stops using it");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
    }

    /** One line naming every jar that could not be loaded and why; empty when all loaded. */
    public Optional<String> problem() {
        return broken.isEmpty() ? Optional.empty()
                : Optional.of(broken.stream().map(plugin -> "skipped plugin " + plugin.location().getFileName() + ": "
                        + plugin.reason()).collect(Collectors.joining("; ")));
    }

    private static boolean offers(PluginCatalog catalog, FoundProvider provider) {
        return catalog.providers().stream().anyMatch(each -> each.plugPoint() == provider.plugPoint()
                && each.id().equals(provider.id()) && each.source().equals(provider.source()));
    }

    private static String names(List<FoundProvider> providers) {
        return providers.stream().map(each -> each.plugPoint().id() + " " + each.id()
                + each.source().jarFile().map(jar -> " (" + jar.getFileName() + ")").orElse(""))
                .collect(Collectors.joining(", "));
    }
}
