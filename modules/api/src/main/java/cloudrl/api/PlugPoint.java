package cloudrl.api;

import java.util.Locale;

/**
 * The three places CloudRL can be extended without touching its code. Each has a service
 * interface that providers implement and declare, in their module descriptor or in
 * {@code META-INF/services}.
 */
public enum PlugPoint {
    /** Chooses the actions: {@link PolicyProvider}. */
    POLICY(PolicyProvider.class),
    /** Scores the states: {@link RewardProvider}. */
    REWARD(RewardProvider.class),
    /** Produces the traffic: {@link WorkloadProvider}. */
    WORKLOAD(WorkloadProvider.class);

    private final Class<? extends Provider> serviceType;

    PlugPoint(Class<? extends Provider> serviceType) {
        this.serviceType = serviceType;
    }

    /** The plug point's name as users type it: {@code policy}, {@code reward}, {@code workload}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The service interface providers of this plug point implement. */
    public Class<? extends Provider> serviceType() {
        return serviceType;
    }
}
