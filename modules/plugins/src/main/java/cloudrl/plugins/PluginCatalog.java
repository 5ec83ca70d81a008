package cloudrl.plugins;

import cloudrl.api.ActionSchemeProvider;
import cloudrl.api.ConstraintProvider;
import cloudrl.api.FeatureProvider;
import cloudrl.api.FleetModelProvider;
import cloudrl.api.PlugPoint;
import cloudrl.api.Scenario;
import cloudrl.api.ScenarioProvider;
import cloudrl.api.PolicyProvider;
import cloudrl.api.RewardProvider;
import cloudrl.api.WorkloadProvider;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything discovery found: the providers of every plug point with their sources, every plugin
 * with its state, and any id claimed twice. A clash does not stop the catalog: the later plugin
 * failed, and only a request for the id claimed twice is refused, naming both sources. Immutable.
 */
public final class PluginCatalog {

    private final List<FoundProvider> providers;
    private final List<Plugin> plugins;
    private final Map<String, String> conflicts;

    /**
     * A catalog of {@code providers} (the usable ones, in plug-point then id order) and
     * {@code plugins} (in discovery order, started or not). A failed plugin's providers that share an
     * id with a usable one, or two usable providers with one id, are recorded as a conflict.
     */
    public PluginCatalog(List<FoundProvider> providers, List<Plugin> plugins) {
        List<FoundProvider> sorted = new ArrayList<>(providers);
        sorted.sort(Comparator.comparing(FoundProvider::plugPoint).thenComparing(FoundProvider::id));
        this.providers = List.copyOf(sorted);
        this.plugins = List.copyOf(plugins);
        List<FoundProvider> claims = new ArrayList<>(providers);
        plugins.stream().filter(plugin -> plugin.state() == PluginState.FAILED)
                .forEach(plugin -> claims.addAll(plugin.providers()));
        this.conflicts = Collections.unmodifiableMap(conflicts(claims));
    }

    /** Every usable provider, by plug point, then id. */
    public List<FoundProvider> providers() {
        return providers;
    }

    /** The usable providers of one plug point, by id. */
    public List<FoundProvider> providers(PlugPoint point) {
        return providers.stream().filter(found -> found.plugPoint() == point).toList();
    }

    /** The ids of one plug point, sorted. */
    public List<String> ids(PlugPoint point) {
        return providers(point).stream().map(FoundProvider::id).distinct().toList();
    }

    /** Every plugin in the plugins directory, in the order discovery loaded them (by file name), with its state. */
    public List<Plugin> plugins() {
        return plugins;
    }

    /** The plugins in {@code state}. */
    public List<Plugin> plugins(PluginState state) {
        return plugins.stream().filter(plugin -> plugin.state() == state).toList();
    }

    /** The plugin {@code found} came from; empty for a built-in. */
    public Optional<Plugin> plugin(FoundProvider found) {
        return plugins.stream().filter(plugin -> plugin.providers().contains(found)).findFirst();
    }

    /** One message for every id that two or more providers of one plug point claim, naming their sources. */
    public List<String> conflicts() {
        return List.copyOf(conflicts.values());
    }

    /**
     * The provider of {@code point} with {@code id}.
     *
     * @throws IllegalArgumentException naming the unknown id and the ids there are; naming both sources
     *                                  of an id claimed twice; or naming the failed plugin it is in
     */
    public FoundProvider find(PlugPoint point, String id) {
        String conflict = conflicts.get(key(point, id));
        if (conflict != null) {
            throw new IllegalArgumentException(conflict);
        }
        List<FoundProvider> matches = providers(point).stream().filter(found -> found.id().equals(id)).toList();
        if (matches.isEmpty()) {
            for (Plugin plugin : plugins(PluginState.FAILED)) {
                if (plugin.providers().stream().anyMatch(found -> found.plugPoint() == point && found.id().equals(id))) {
                    throw new IllegalArgumentException(point.id() + " '" + id + "' is in " + plugin.label()
                            + ", which failed: " + plugin.reason());
                }
            }
            throw new IllegalArgumentException("unknown " + point.id() + " '" + id + "': choose one of "
                    + String.join(", ", ids(point)) + " (see 'cloudrl plugins')");
        }
        return matches.get(0);
    }

    /** The policy provider with {@code id}; see {@link #find}. */
    public PolicyProvider policy(String id) {
        return (PolicyProvider) find(PlugPoint.POLICY, id).provider();
    }

    /** The reward provider with {@code id}; see {@link #find}. */
    public RewardProvider reward(String id) {
        return (RewardProvider) find(PlugPoint.REWARD, id).provider();
    }

    /** The workload provider with {@code id}; see {@link #find}. */
    public WorkloadProvider workload(String id) {
        return (WorkloadProvider) find(PlugPoint.WORKLOAD, id).provider();
    }

    /** The action scheme provider with {@code id}; see {@link #find}. */
    public ActionSchemeProvider actions(String id) {
        return (ActionSchemeProvider) find(PlugPoint.ACTIONS, id).provider();
    }

    /** The fleet model provider with {@code id}; see {@link #find}. */
    public FleetModelProvider fleet(String id) {
        return (FleetModelProvider) find(PlugPoint.FLEET, id).provider();
    }

    /** The constraint provider with {@code id}; see {@link #find}. */
    public ConstraintProvider constraint(String id) {
        return (ConstraintProvider) find(PlugPoint.CONSTRAINT, id).provider();
    }

    /** The observation feature provider with {@code id}; see {@link #find}. */
    public FeatureProvider feature(String id) {
        return (FeatureProvider) find(PlugPoint.FEATURE, id).provider();
    }

    /** The built-in or plugin scenario with {@code id}; see {@link #find}. */
    public Scenario scenario(String id) {
        return ((ScenarioProvider) find(PlugPoint.SCENARIO, id).provider()).scenario();
    }

    private static Map<String, String> conflicts(List<FoundProvider> providers) {
        Map<String, List<FoundProvider>> byKey = new LinkedHashMap<>();
        for (FoundProvider found : providers) {
            byKey.computeIfAbsent(key(found.plugPoint(), found.id()), key -> new ArrayList<>()).add(found);
        }
        Map<String, String> messages = new LinkedHashMap<>();
        byKey.forEach((key, same) -> {
            if (same.size() > 1) {
                messages.put(key, conflictMessage(same.get(0).plugPoint(), same.get(0).id(), same));
            }
        });
        return messages;
    }

    private static String key(PlugPoint point, String id) {
        return point.id() + " " + id;
    }

    private static String conflictMessage(PlugPoint point, String id, List<FoundProvider> same) {
        return same.size() + " " + point.id() + " providers have the id '" + id + "': "
                + same.stream().map(found -> found.source() + " (" + found.provider().getClass().getName() + ")")
                        .collect(Collectors.joining(" and "))
                + "; remove or rename one";
    }

    /** A short summary for logs. */
    @Override
    public String toString() {
        return "PluginCatalog[" + providers.size() + " providers, " + plugins.size() + " plugins, "
                + conflicts.size() + " conflicts]";
    }
}
