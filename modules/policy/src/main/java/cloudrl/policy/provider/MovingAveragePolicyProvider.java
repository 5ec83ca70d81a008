package cloudrl.policy.provider;

import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.Policy;
import cloudrl.api.PolicyProvider;
import cloudrl.policy.MovingAverageForecast;

import java.util.List;

/** Offers scaling to a moving average of the rates as {@code moving-average}. */
public final class MovingAveragePolicyProvider implements PolicyProvider {

    @Override
    public String id() {
        return "moving-average";
    }

    @Override
    public String description() {
        return "forecasts the next rates as the mean of the last window; wants the fewest servers that keep forecast"
                + " CPU <= target";
    }

    @Override
    public List<Parameter> parameters() {
        return ForecastOptions.with(new Parameter("window", "10", "rates averaged, in [1, 10000]"));
    }

    @Override
    public Policy create(long seed, Parameters parameters) {
        return ForecastOptions.policy(new MovingAverageForecast(parameters.integer("window", 1, 10_000)), parameters);
    }
}
