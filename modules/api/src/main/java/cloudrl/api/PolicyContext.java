package cloudrl.api;

import java.util.Objects;

/**
 * Where a policy is about to be played, handed to
 * {@link PolicyProvider#create(long, Parameters, PolicyContext)}. Most policies act on observations
 * alone and never look at it; a planner solves the environment it is given, and a provider of a
 * trained model can check that the model was trained for this kind of traffic.
 *
 * @param environment the environment the policy will act in; a provider may read how it is set up
 *                    (its dynamics, reward and workload, through its implementation's accessors)
 *                    but must not reset or step it
 * @param traffic     the chosen task's level of traffic
 * @param workload    the id of the workload provider the environment's traffic comes from, for
 *                    messages such as "covers the gaussian workload only"
 */
public record PolicyContext(Environment environment, TrafficLevel traffic, String workload) {

    public PolicyContext {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(traffic, "traffic");
        if (workload == null || workload.isBlank()) {
            throw new IllegalArgumentException("a policy context needs the workload's id");
        }
    }
}
