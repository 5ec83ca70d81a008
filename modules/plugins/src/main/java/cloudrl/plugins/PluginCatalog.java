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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything discovery found: the providers of every plug point with their sources, the jars it
 * had to skip, and any id claimed by two providers. Immutable.
 */
public final class PluginCatalog {

    private final List<FoundProvider> providers;
    private final List<SkippedJar> skipped;
    private final List<String> conflicts;

    /** A catalog of {@code providers}, in plug-point then id order; two with the same id are recorded as a conflict. */
    public PluginCatalog(List<FoundProvider> providers, List<SkippedJar> skipped) {
        List<FoundProvider> sorted = new ArrayList<>(providers);
        sorted.sort(Comparator.comparing(FoundProvider::plugPoint).thenComparing(FoundProvider::id));
        this.providers = List.copyOf(sorted);
        this.skipped = List.copyOf(skipped);
        this.conflicts = List.copyOf(conflicts(providers));
    }

    /** Every provider found, by plug point, then id. */
    public List<FoundProvider> providers() {
        return providers;
    }

    /** The providers of one plug point, by id. */
    public List<FoundProvider> providers(PlugPoint point) {
        return providers.stream().filter(found -> found.plugPoint() == point).toList();
    }

    /** The ids of one plug point, sorted. */
    public List<String> ids(PlugPoint point) {
        return providers(point).stream().map(FoundProvider::id).distinct().toList();
    }

    /** The plugin jars discovery skipped, with the reason for each. */
    public List<SkippedJar> skipped() {
        return skipped;
    }

    /** One message for every id that two or more providers of the same plug point claim, naming their sources. */
    public List<String> conflicts() {
        return conflicts;
    }

    /**
     * Fails when two providers claim the same id, as nobody could tell which one a run would use.
     *
     * @throws IllegalStateException naming the id and both sources
     */
    public void requireNoConflicts() {
        if (!conflicts.isEmpty()) {
            throw new IllegalStateException(String.join("; ", conflicts));
        }
    }

    /**
     * The provider of {@code point} with {@code id}.
     *
     * @throws IllegalArgumentException naming the unknown id and the ids there are
     * @throws IllegalStateException    when two providers claim the id
     */
    public FoundProvider find(PlugPoint point, String id) {
        List<FoundProvider> matches = providers(point).stream().filter(found -> found.id().equals(id)).toList();
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("unknown " + point.id() + " '" + id + "': choose one of "
                    + String.join(", ", ids(point)) + " (see 'cloudrl plugins')");
        }
        if (matches.size() > 1) {
            throw new IllegalStateException(conflictMessage(point, id, matches));
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

    private static List<String> conflicts(List<FoundProvider> providers) {
        Map<String, List<FoundProvider>> byKey = new LinkedHashMap<>();
        for (FoundProvider found : providers) {
            byKey.computeIfAbsent(found.plugPoint().id() + " " + found.id(), key -> new ArrayList<>()).add(found);
        }
        List<String> messages = new ArrayList<>();
        for (List<FoundProvider> same : byKey.values()) {
            if (same.size() > 1) {
                messages.add(conflictMessage(same.get(0).plugPoint(), same.get(0).id(), same));
            }
        }
        return messages;
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
        return "PluginCatalog[" + providers.size() + " providers, " + skipped.size() + " skipped jars, "
                + conflicts.size() + " conflicts]";
    }
}
