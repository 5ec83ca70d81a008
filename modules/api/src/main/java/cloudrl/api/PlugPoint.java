package cloudrl.api;

import java.util.Locale;

/**
 * The places CloudRL can be extended without touching its code. Each has a service
 * interface that providers implement and declare, in their module descriptor or in
 * {@code META-INF/services}.
 */
public enum PlugPoint {
    /** Chooses the actions: {@link PolicyProvider}. */
    POLICY(PolicyProvider.class),
    /** Scores the states: {@link RewardProvider}. */
    REWARD(RewardProvider.class),
    /** Produces the traffic: {@link WorkloadProvider}. */
    WORKLOAD(WorkloadProvider.class),
    /** Says what the actions do: {@link ActionSchemeProvider}. */
    ACTIONS(ActionSchemeProvider.class),
    /** Server types, boot delay, cooldown and quota: {@link FleetModelProvider}. */
    FLEET(FleetModelProvider.class),
    /** Budgets, latency objectives and other rules: {@link ConstraintProvider}. */
    CONSTRAINT(ConstraintProvider.class),
    /** Extra observation features: {@link FeatureProvider}. */
    FEATURE(FeatureProvider.class),
    /** Named compositions of all the above: {@link ScenarioProvider}. */
    SCENARIO(ScenarioProvider.class);

    private final Class<? extends Provider> serviceType;

    PlugPoint(Class<? extends Provider> serviceType) {
        this.serviceType = serviceType;
    }

    /**
     * The plug point's name as users type it: {@code policy}, {@code reward}, {@code workload},
     * {@code actions}, {@code fleet}, {@code constraint}, {@code feature}, {@code scenario}.
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The service interface providers of this plug point implement. */
    public Class<? extends Provider> serviceType() {
        return serviceType;
    }
}
