package cloudrl.api;

/**
 * How much traffic a task puts on the service, handed to {@link WorkloadProvider#create}: the
 * reference tasks are 40 ± 5, 60 ± 15 and 80 ± 25 requests per step.
 *
 * @param baseRate mean requests per step, in [0, 1e6]
 * @param stdDev   the typical step-to-step spread of the traffic, in [0, 1e6]
 */
public record TrafficLevel(double baseRate, double stdDev) {

    public TrafficLevel {
        if (!(baseRate >= 0 && baseRate <= 1e6)) {
            throw new IllegalArgumentException("baseRate " + baseRate + " is not allowed: must be in [0, 1e6]");
        }
        if (!(stdDev >= 0 && stdDev <= 1e6)) {
            throw new IllegalArgumentException("stdDev " + stdDev + " is not allowed: must be in [0, 1e6]");
        }
    }
}
