package cloudrl.policy;

import cloudrl.api.Observation;

/**
 * Scales ahead of a rate forecast: each step it observes the rate, forecasts the next {@code lead}
 * steps, and wants the fewest servers under which the highest of those forecasts would put CPU at
 * or below {@code target} percent.
 *
 * <p>The CPU a request costs is read from the observations themselves, as {@code cpu x servers /
 * rate} (percent of one server per request), so the policy needs no knowledge of the environment's
 * configuration; until a step with traffic and CPU under 100 % has shown it, the policy keeps the
 * current count.
 *
 * <p>Why the highest forecast over the lead: a server added now serves only after the boot delay,
 * so the count chosen now must carry every step until a later decision can take effect. With
 * today's instant servers the lead is 1, the next step.
 */
public final class ForecastPolicy implements DesiredCountPolicy {

    /** Slack for the ceiling, so that a demand of exactly two servers' worth is not rounded up to three. */
    private static final double ROUNDING = 1e-9;

    private final RateForecast forecast;
    private final double target;
    private final int lead;
    private double cpuPerRequest = Double.NaN;

    /**
     * @param forecast how the rates are forecast; this policy resets it with every episode
     * @param target   CPU percent the chosen count may carry at most, in (0, 100]
     * @param lead     steps ahead the count must carry, in [1, 1000]
     */
    public ForecastPolicy(RateForecast forecast, double target, int lead) {
        if (!(target > 0 && target <= 100)) {
            throw new IllegalArgumentException("target " + target + " is not allowed: must be in (0, 100]");
        }
        if (lead < 1 || lead > 1000) {
            throw new IllegalArgumentException("lead " + lead + " is not allowed: must be in [1, 1000]");
        }
        this.forecast = java.util.Objects.requireNonNull(forecast, "forecast");
        this.target = target;
        this.lead = lead;
    }

    @Override
    public int desiredServers(Observation observation) {
        int servers = observation.servers();
        forecast.observe(observation.requestRate());
        if (observation.requestRate() > 0 && observation.cpu() < 100) {
            cpuPerRequest = observation.cpu() * servers / observation.requestRate();
        }
        if (Double.isNaN(cpuPerRequest)) {
            return servers;
        }
        double highest = 0;
        for (int horizon = 1; horizon <= lead; horizon++) {
            highest = Math.max(highest, forecast.forecast(horizon));
        }
        double demand = highest * cpuPerRequest;
        return (int) Math.max(1, Math.ceil(demand / target - ROUNDING));
    }

    @Override
    public void reset() {
        forecast.reset();
        cpuPerRequest = Double.NaN;
    }

    @Override
    public String toString() {
        return "ForecastPolicy[" + forecast.getClass().getSimpleName() + ", target=" + target + ", lead=" + lead + "]";
    }
}
