package cloudrl.env.fleet;

import cloudrl.api.Constraint;
import cloudrl.api.Transition;

/**
 * A service-level objective on latency: a step whose requests per serving server exceed
 * {@code maxLatency} is a violation, counted per episode and reported in the grade.
 *
 * @param maxLatency the objective, requests per server, in (0, 1e6]
 */
public record LatencyObjective(double maxLatency) implements Constraint {

    public LatencyObjective {
        if (!(maxLatency > 0 && maxLatency <= 1e6)) {
            throw new IllegalArgumentException("maxLatency " + maxLatency + " is not allowed: must be in (0, 1e6]");
        }
    }

    @Override
    public String name() {
        return "sla";
    }

    @Override
    public boolean violated(Transition after) {
        return after.latency() > maxLatency;
    }
}
