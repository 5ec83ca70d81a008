package cloudrl.policy.provider;

import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.Policy;
import cloudrl.api.PolicyProvider;
import cloudrl.policy.LastValueForecast;

import java.util.List;

/** Offers scaling to the last observed rate as {@code last-value}. */
public final class LastValuePolicyProvider implements PolicyProvider {

    @Override
    public String id() {
        return "last-value";
    }

    @Override
    public String description() {
        return "forecasts every next rate as the last one; wants the fewest servers that keep forecast CPU <= target";
    }

    @Override
    public List<Parameter> parameters() {
        return ForecastOptions.with();
    }

    @Override
    public Policy create(long seed, Parameters parameters) {
        return ForecastOptions.policy(new LastValueForecast(), parameters);
    }
}
