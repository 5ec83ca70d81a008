package com.example.mediancpu;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.Policy;
import cloudrl.api.PolicyProvider;
import com.example.window.Window;

import java.util.List;

/**
 * The threshold rule on the median CPU of the last few steps, computed by the bundled
 * {@code com.example.window} library (its median is new in 2.0.0, so this plugin needs that version).
 */
public final class MedianCpuPolicyProvider implements PolicyProvider {

    @Override
    public String id() {
        return "median-cpu";
    }

    @Override
    public String description() {
        return "threshold rule on the median CPU of the last steps, from its bundled " + Window.version() + " (example plugin)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("window", "3", "steps the median is taken over, in [1, 100]"));
    }

    @Override
    public Policy create(long seed, Parameters parameters) {
        Window window = new Window(parameters.integer("window", 1, 100));
        return new Policy() {
            @Override
            public Action act(Observation observation) {
                window.add(observation.cpu());
                double cpu = window.median();
                return cpu > 70 ? Action.INCREASE : cpu < 40 ? Action.DECREASE : Action.MAINTAIN;
            }

            @Override
            public void reset() {
                window.clear();
            }
        };
    }
}
