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

    /**
     * What the reference-scheme choice {@code unitAction} (remove one, keep, add one) means under
     * this scheme: the desired server count is serving plus booting (when the observation shows
     * {@code bootingServers}) plus the change, and the scheme picks its action toward it. Under the
     * reference scheme every action maps to itself.
     *
     * @throws IllegalArgumentException when {@code unitAction} is not 0, 1 or 2
     */
    public Action fromUnit(Action unitAction, Observation observation) {
        if (unitAction.index() > 2) {
            throw new IllegalArgumentException("action " + unitAction.index() + " is not a reference-scheme action:"
                    + " allowed are 0 (remove 1), 1 (keep), 2 (add 1)");
        }
        int serving = observation.servers();
        int booting = observation.hasFeature(BOOTING) ? (int) observation.feature(BOOTING) : 0;
        return toward(serving, booting, serving + booting + unitAction.index() - 1);
    }

    /**
     * {@code unitPolicy}, a policy written for the reference scheme, playing under this scheme
     * through {@link #fromUnit}: what a heuristic or plugin policy that thinks in "remove one, keep,
     * add one" returns from {@link PolicyProvider#create(long, Parameters, PolicyContext)}.
     */
    public Policy unitPolicy(Policy unitPolicy) {
        return new UnitPolicy(Objects.requireNonNull(unitPolicy, "unitPolicy"), this);
    }

    private static final String BOOTING = "bootingServers";

    /** A reference-scheme policy played through a context's scheme. */
    private record UnitPolicy(Policy heuristic, PolicyContext context) implements Policy {
        @Override
        public Action act(Observation observation) {
            Action chosen = heuristic.act(observation);
            // a null is the policy's own fault: handed on, for whoever checks policies to name it
            return chosen == null ? null : context.fromUnit(chosen, observation);
        }

        @Override
        public void reset() {
            heuristic.reset();
        }

        @Override
        public String toString() {
            return heuristic + " under " + context.actions();
        }
    }
}
