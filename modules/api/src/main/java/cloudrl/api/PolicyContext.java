package cloudrl.api;

import java.util.Objects;

/**
 * Where a policy is about to be played, handed to
 * {@link PolicyProvider#create(long, Parameters, PolicyContext)}. Most policies act on observations
 * alone; a planner solves the environment it is given, a provider of a trained model checks that
 * the model was trained for these spaces and this traffic, and a heuristic written as "add one
 * server" or "go to n servers" turns that into the scheme's action with {@link #toward}.
 *
 * @param environment the environment the policy will act in; a provider may read how it is set up
 *                    (its dynamics, reward and workload, through its implementation's accessors)
 *                    but must not reset or step it
 * @param traffic     the chosen task's level of traffic
 * @param workload    the id of the workload provider the environment's traffic comes from, for
 *                    messages such as "covers the gaussian workload only"
 * @param scenario    the id of the scenario the environment was built from ({@code reference} by default)
 * @param actions     the environment's action scheme
 * @param fleet       the environment's fleet model
 */
public record PolicyContext(Environment environment, TrafficLevel traffic, String workload, String scenario,
                            ActionScheme actions, FleetModel fleet) {

    public PolicyContext {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(traffic, "traffic");
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(fleet, "fleet");
        if (workload == null || workload.isBlank()) {
            throw new IllegalArgumentException("a policy context needs the workload's id");
        }
        if (scenario == null || scenario.isBlank()) {
            throw new IllegalArgumentException("a policy context needs the scenario's id");
        }
    }

    /**
     * The action that moves the first server type's count from {@code current} toward
     * {@code desired} under this scheme ({@link ActionScheme#toward}).
     *
     * @param booting servers of that type already booting
     */
    public Action toward(int current, int booting, int desired) {
        return Action.of(actions.toward(fleet, current, booting, desired));
    }
}
