package cloudrl.ui.swing.setup;

import cloudrl.plugins.FoundProvider;
import cloudrl.plugins.PluginCatalog;
import cloudrl.plugins.Selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The providers the window offers while its plugins folder changes: each new discovery replaces
 * the catalog, except that a provider whose jar went stays while the applied set-up plays it, and
 * leaves once a set-up without it is applied. Confined to one thread (the EDT).
 */
public final class PluginShelf {

    private PluginCatalog catalog;
    private List<FoundProvider> kept = List.of();

    public PluginShelf(PluginCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** The providers on offer now. */
    public PluginCatalog catalog() {
        return catalog;
    }

    /** Takes a new discovery in while {@code inUse} is applied; what changed, and the catalog to offer now. */
    public CatalogChange offer(PluginCatalog found, Selection inUse) {
        CatalogChange change = CatalogChange.keeping(catalog, found, inUse);
        kept = change.kept();
        catalog = change.catalog();
        return change;
    }

    /**
     * Lets go of every kept provider {@code applied} no longer plays.
     *
     * @return the smaller catalog, or empty when nothing was let go
     */
    public Optional<PluginCatalog> release(Selection applied) {
        List<FoundProvider> stillUsed = kept.stream()
                .filter(each -> applied.uses(each.plugPoint(), each.id())).toList();
        if (stillUsed.size() == kept.size()) {
            return Optional.empty();
        }
        List<FoundProvider> providers = new ArrayList<>(catalog.providers());
        kept.stream().filter(each -> !stillUsed.contains(each)).forEach(providers::remove);
        kept = stillUsed;
        catalog = new PluginCatalog(providers, catalog.plugins());
        return Optional.of(catalog);
    }
}
