package cloudrl.policy.provider;

import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.Policy;
import cloudrl.api.PolicyProvider;
import cloudrl.policy.HoltWintersForecast;

import java.util.List;

/** Offers scaling to an additive Holt–Winters forecast as {@code holt-winters}. */
public final class HoltWintersPolicyProvider implements PolicyProvider {

    @Override
    public String id() {
        return "holt-winters";
    }

    @Override
    public String description() {
        return "forecasts the next rates by additive Holt-Winters smoothing (level, trend, season); wants the fewest"
                + " servers that keep forecast CPU <= target";
    }

    @Override
    public List<Parameter> parameters() {
        return ForecastOptions.with(
                new Parameter("alpha", "0.2", "level smoothing, in [0, 1]"),
                new Parameter("beta", "0.02", "trend smoothing, in [0, 1]"),
                new Parameter("gamma", "0.1", "seasonal smoothing, in [0, 1]; 0: Holt's linear trend"),
                new Parameter("period", "100", "steps per season, in [1, 100000] (100: the diurnal workload's day)"));
    }

    @Override
    public Policy create(long seed, Parameters parameters) {
        return ForecastOptions.policy(new HoltWintersForecast(parameters.number("alpha", 0, 1),
                parameters.number("beta", 0, 1), parameters.number("gamma", 0, 1),
                parameters.integer("period", 1, 100_000)), parameters);
    }
}
