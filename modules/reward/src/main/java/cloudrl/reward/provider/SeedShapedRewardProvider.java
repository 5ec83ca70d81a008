package cloudrl.reward.provider;

import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.RewardFunction;
import cloudrl.api.RewardProvider;
import cloudrl.reward.SeedShapedReward;
import cloudrl.reward.TargetBand;

import java.util.List;

/** Offers the reference shaped reward as {@code seed-shaped}, its bands, cost and penalty adjustable. */
public final class SeedShapedRewardProvider implements RewardProvider {

    @Override
    public String id() {
        return "seed-shaped";
    }

    @Override
    public String description() {
        return "cpu and memory scored against a target band, minus a cost per server and a mixed-state penalty";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("cpuLow", "40", "lower edge of the CPU target band, percent in [0, 100)"),
                new Parameter("cpuHigh", "70", "upper edge of the CPU target band, percent above cpuLow"),
                new Parameter("memoryLow", "40", "lower edge of the memory target band, percent in [0, 100)"),
                new Parameter("memoryHigh", "70", "upper edge of the memory target band, percent above memoryLow"),
                new Parameter("costWeight", "0.05", "raw reward lost per server, in [0, 1]"),
                new Parameter("mixedStatePenalty", "0.1", "raw reward lost unless both are in band, in [0, 1]"));
    }

    @Override
    public RewardFunction create(long seed, Parameters parameters) {
        return new SeedShapedReward(band(parameters, "cpuLow", "cpuHigh"), band(parameters, "memoryLow", "memoryHigh"),
                parameters.number("costWeight", 0, 1), parameters.number("mixedStatePenalty", 0, 1));
    }

    private static TargetBand band(Parameters parameters, String lowName, String highName) {
        double low = parameters.numberBelow(lowName, 0, 100);
        double high = parameters.number(highName, 0, 100);
        if (!(high > low)) {
            throw parameters.rejected(highName, parameters.text(highName), "must be above " + lowName + " ("
                    + parameters.text(lowName) + ") and at most 100");
        }
        return new TargetBand(low, high);
    }
}
