package cloudrl.workload.provider;

import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.TrafficLevel;
import cloudrl.api.WorkloadModel;
import cloudrl.api.WorkloadProvider;
import cloudrl.workload.BurstyWorkload;

import java.util.List;

/** Offers calm traffic at the task's base rate with Markov bursts on top as {@code bursty}. */
public final class BurstyWorkloadProvider implements WorkloadProvider {

    @Override
    public String id() {
        return "bursty";
    }

    @Override
    public String description() {
        return "calm traffic at the base rate and bursts at burstFactor x base, switching as a Markov chain";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("burstFactor", "2", "burst level as a multiple of the task's base rate, in [1, 100]"),
                new Parameter("enterBurst", "0.05", "chance per step that calm turns into a burst, in [0, 1]"),
                new Parameter("leaveBurst", "0.25", "chance per step that a burst ends, in (0, 1]"),
                new Parameter("noise", "0.5", "noise standard deviation as a multiple of the task's, in [0, 100]"));
    }

    @Override
    public WorkloadModel create(long seed, TrafficLevel traffic, Parameters parameters) {
        // above 0, or bursts never end
        double leave = parameters.numberAbove("leaveBurst", 0, 1);
        double base = traffic.baseRate();
        return new BurstyWorkload(base, base * parameters.number("burstFactor", 1, 100),
                parameters.number("enterBurst", 0, 1), leave, parameters.number("noise", 0, 100) * traffic.stdDev());
    }
}
