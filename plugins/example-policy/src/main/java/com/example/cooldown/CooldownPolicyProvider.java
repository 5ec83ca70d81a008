package com.example.cooldown;

import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.Policy;
import cloudrl.api.PolicyProvider;

import java.util.List;

/** Makes the cooldown policy available as {@code --policy cooldown}. */
public final class CooldownPolicyProvider implements PolicyProvider {

    @Override
    public String id() {
        return "cooldown";
    }

    @Override
    public String description() {
        return "threshold rule that keeps the count for a few steps after every change (example plugin)";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("scaleDownBelow", "40", "CPU percent under which a server is removed, in [0, 100]"),
                new Parameter("scaleUpAbove", "70", "CPU percent over which a server is added, in [scaleDownBelow, 100]"),
                new Parameter("cooldown", "3", "steps to wait after a change, in [0, 1000]"));
    }

    @Override
    public Policy create(long seed, Parameters parameters) {
        double down = parameters.number("scaleDownBelow", 0, 100);
        double up = parameters.number("scaleUpAbove", 0, 100);
        if (up < down) {
            throw parameters.rejected("scaleUpAbove", parameters.text("scaleUpAbove"), "must not be below scaleDownBelow");
        }
        return new CooldownPolicy(down, up, parameters.integer("cooldown", 0, 1000));
    }
}
