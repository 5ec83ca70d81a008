package com.example.meancpu;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.Policy;
import cloudrl.api.PolicyProvider;
import com.example.window.Window;

import java.util.List;

/**
 * The threshold rule on the mean CPU of the last few steps, computed by the bundled
 * {@code com.example.window} library.
 */
public final class MeanCpuPolicyProvider implements PolicyProvider {

    @Override
    public String id() {
        return "mean-cpu";
    }

    @Override
    public String description() {
        return "threshold rule on the mean CPU of the last steps, from its bundled " + Window.version() + " (example plugin)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("window", "3", "steps the mean is taken over, in [1, 100]"));
    }

    @Override
    public Policy create(long seed, Parameters parameters) {
        Window window = new Window(parameters.integer("window", 1, 100));
        return new Policy() {
            @Override
            public Action act(Observation observation) {
                window.add(observation.cpu());
                double cpu = window.mean();
                return cpu > 70 ? Action.INCREASE : cpu < 40 ? Action.DECREASE : Action.MAINTAIN;
            }

            @Override
            public void reset() {
                window.clear();
            }
        };
    }
}
