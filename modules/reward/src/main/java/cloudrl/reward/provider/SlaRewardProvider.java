package cloudrl.reward.provider;

import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.RewardFunction;
import cloudrl.api.RewardProvider;
import cloudrl.reward.SlaReward;

import java.util.List;

/** Offers the service-level reward as {@code sla}. */
public final class SlaRewardProvider implements RewardProvider {

    @Override
    public String id() {
        return "sla";
    }

    @Override
    public String description() {
        return "exp(-weight x relative latency overshoot of the objective) minus a cost per server";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("slo", "35", "latency objective in requests per server, in (0, 1e6]"),
                new Parameter("violationWeight", "2", "how fast the reward falls past the objective, in [0, 100]"),
                new Parameter("costPerServer", "0.02", "reward lost per server, in [0, 1]"));
    }

    @Override
    public RewardFunction create(long seed, Parameters parameters) {
        double slo = parameters.numberAbove("slo", 0, 1e6);
        return new SlaReward(slo, parameters.number("violationWeight", 0, 100),
                parameters.number("costPerServer", 0, 1));
    }
}
