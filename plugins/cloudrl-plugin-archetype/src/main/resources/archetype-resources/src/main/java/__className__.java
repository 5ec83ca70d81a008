package ${package};

#if( $part == "scenario" )
import cloudrl.api.Part;
import cloudrl.api.Scenario;

import java.util.List;
import java.util.Map;

/**
 * The scenario as a composition of CloudRL's built-in parts: reference traffic, moves of up to two
 * servers at once, servers that boot for two steps, and the booting count in the observation. Change
 * a part's id or parameters here (`cloudrl plugins` lists them), or point --scenario at a JSON file
 * for the same without Java.
 */
final class ${className} {

    private ${className}() {
    }

    static Scenario scenario(String id) {
        return new Scenario(id, "reference traffic with moves of up to 2 servers that boot for 2 steps",
                Part.of("gaussian"), "medium", Part.of("steps", Map.of("k", "2")),
                Part.of("standard", Map.of("bootSteps", "2")), Part.of("seed-shaped"), List.of(),
                List.of(Part.of("booting-servers")), 100, List.of(3));
    }
}
#elseif( $part == "policy" )
import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.Policy;

/** A threshold rule: add a server above {@code high} percent CPU, remove one below {@code low}, else hold. */
final class ${className} implements Policy {

    private final double high;
    private final double low;

    ${className}(double high, double low) {
        this.high = high;
        this.low = low;
    }

    @Override
    public Action act(Observation observation) {
        if (observation.cpu() > high) {
            return Action.INCREASE;
        }
        return observation.cpu() < low ? Action.DECREASE : Action.MAINTAIN;
    }
}
#elseif( $part == "reward" )
import cloudrl.api.RewardBreakdown;
import cloudrl.api.RewardFunction;

import java.util.Map;

/** 1 at the target CPU, falling linearly to 0 at {@code width} percent away; runs every step, so allocates nothing. */
final class ${className} implements RewardFunction {

    private final double target;
    private final double width;

    ${className}(double target, double width) {
        this.target = target;
        this.width = width;
    }

    @Override
    public double reward(double cpu, double memory, int requestRate, int servers) {
        return Math.max(0, 1 - Math.abs(cpu - target) / width);
    }

    @Override
    public RewardBreakdown explain(double cpu, double memory, int requestRate, int servers) {
        double value = reward(cpu, memory, requestRate, servers);
        return new RewardBreakdown(value, Map.of("cpu", value));
    }
}
#else
import cloudrl.api.TrafficLevel;
import cloudrl.api.WorkloadModel;

import java.util.random.RandomGenerator;

/**
 * The base rate times {@code 1 + amplitude sin(2 pi step / period)}, plus Gaussian noise of the
 * task's spread. All randomness comes from the environment's generator, so the seed fixes it.
 */
final class ${className} implements WorkloadModel {

    private final TrafficLevel traffic;
    private final double amplitude;
    private final int period;

    ${className}(TrafficLevel traffic, double amplitude, int period) {
        this.traffic = traffic;
        this.amplitude = amplitude;
        this.period = period;
    }

    @Override
    public int requestRate(int step, RandomGenerator random) {
        double wave = traffic.baseRate() * (1 + amplitude * Math.sin(2 * Math.PI * step / period));
        return (int) Math.max(0, Math.round(wave + traffic.stdDev() * random.nextGaussian()));
    }
}
#end
