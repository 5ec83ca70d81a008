package cloudrl.policy.provider;

import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.Policy;
import cloudrl.policy.ForecastPolicy;
import cloudrl.policy.RateForecast;

import java.util.ArrayList;
import java.util.List;

/** The options every forecasting policy shares, {@code target} and {@code lead}, after each one's own. */
final class ForecastOptions {

    private static final List<Parameter> SHARED = List.of(
            new Parameter("target", "45", "CPU percent the chosen count may carry at most under the forecast, in (0, 100]"
                    + " (45: headroom for minute-level spikes, chosen on nasa-1995's train split)"),
            new Parameter("lead", "1", "steps ahead the count must carry, in [1, 1000]: the boot delay (1: servers"
                    + " serve on the next step)"));

    private ForecastOptions() {
    }

    /** {@code own} followed by the shared parameters. */
    static List<Parameter> with(Parameter... own) {
        List<Parameter> all = new ArrayList<>(List.of(own));
        all.addAll(SHARED);
        return List.copyOf(all);
    }

    /** The forecasting policy over {@code forecast} with the shared options read from {@code parameters}. */
    static Policy policy(RateForecast forecast, Parameters parameters) {
        double target = parameters.number("target", 0, 100);
        if (target == 0) {
            throw parameters.rejected("target", parameters.text("target"), "must be a number in (0, 100]");
        }
        return new ForecastPolicy(forecast, target, parameters.integer("lead", 1, 1000));
    }
}
