package com.example.flashcrowd;

import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.TrafficLevel;
import cloudrl.api.WorkloadModel;
import cloudrl.api.WorkloadProvider;

import java.util.List;

/** Makes the flash-crowd workload available as {@code --workload flash-crowd}. */
public final class FlashCrowdWorkloadProvider implements WorkloadProvider {

    @Override
    public String id() {
        return "flash-crowd";
    }

    @Override
    public String description() {
        return "steady traffic with one flash crowd that decays exponentially (example plugin)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("at", "30", "step the crowd arrives at, in [0, 1000000]"),
                new Parameter("factor", "3", "peak traffic as a multiple of the task's base rate, in [1, 100]"),
                new Parameter("halfLife", "10", "steps for the extra traffic to halve, in [0.1, 1e6]"));
    }

    @Override
    public WorkloadModel create(long seed, TrafficLevel traffic, Parameters parameters) {
        return new FlashCrowdWorkload(traffic.baseRate(), traffic.stdDev(), parameters.integer("at", 0, 1_000_000),
                parameters.number("factor", 1, 100), parameters.number("halfLife", 0.1, 1e6));
    }
}
