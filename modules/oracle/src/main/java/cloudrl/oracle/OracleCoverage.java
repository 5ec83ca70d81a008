package cloudrl.oracle;

import cloudrl.api.MarkovWorkload;
import cloudrl.api.TrafficChain;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.FleetLayers;

import java.util.Objects;

/**
 * Whether and how the oracle covers an environment: what its figure is worth, or why it is refused.
 * The one answer every command and the {@code oracle} policy ask ({@link #of}).
 *
 * @param kind   exact, an upper bound, approximate, or refused
 * @param reason for a refusal, one line saying why; otherwise what the figure is
 */
public record OracleCoverage(Kind kind, String reason) {

    /** What the oracle gives. */
    public enum Kind {
        /** The optimum, to within the truncation bound; the plan can be played ({@code --policy oracle}). */
        EXACT("exact"),
        /**
         * The optimum over the belief on a hidden two-state traffic ({@link BeliefPlanner}), bracketed to
         * within its error bound; the grid controller below the bracket can be played.
         */
        BELIEF("belief_optimum"),
        /** An upper bound with the traffic's hidden state revealed; no plan to play. */
        UPPER_BOUND("upper_bound_regime_revealed"),
        /** An approximate optimum over an approximate traffic chain; no error bound. */
        APPROXIMATE("approximate"),
        /** Not covered: nothing is computed. */
        REFUSED("not covered");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The label output shows, as the JSON {@code coverage} field. */
        public String label() {
            return label;
        }
    }

    /**
     * Whether and how the oracle covers {@code environment}: its workload must offer its transition
     * law ({@link MarkovWorkload}), whose chain says exact, upper bound or approximate (a hidden state
     * of two values is solved over the belief on it instead), and a budget
     * must be the built-in one on costs with a common unit, its boundary clear of the sums' rounding
     * ({@link FleetLayers#refusal}). Cheap: nothing is solved; {@link ScalingMdp#of} may still refuse a
     * process too large to tabulate (a budget's spent cost multiplies the fleet states).
     */
    public static OracleCoverage of(CloudEnvironment environment) {
        if (!(environment.workload() instanceof MarkovWorkload workload)) {
            return new OracleCoverage(OracleCoverage.Kind.REFUSED, "its workload offers no"
                    + " transition law (cloudrl.api.MarkovWorkload), so its traffic cannot be planned over");
        }
        String budget = FleetLayers.refusal(environment.dynamics());
        if (budget != null) {
            return new OracleCoverage(OracleCoverage.Kind.REFUSED, budget);
        }
        TrafficChain chain = workload.chain(environment.config().maxSteps());
        return switch (chain.coverage()) {
            case EXACT -> new OracleCoverage(OracleCoverage.Kind.EXACT, "the exact optimum of the " + chain.name()
                    + " traffic's chain over (step, fleet state, workload state)");
            case UPPER_BOUND -> chain.stateCount() == 2
                    ? new OracleCoverage(OracleCoverage.Kind.BELIEF, "the " + chain.name() + " traffic's state is hidden"
                            + " from the policy: the optimum over the belief on it, bracketed on a grid of beliefs")
                    : new OracleCoverage(OracleCoverage.Kind.UPPER_BOUND, "the " + chain.name()
                            + " traffic's state is hidden from the policy: an upper bound with it revealed");
            case APPROXIMATE -> new OracleCoverage(OracleCoverage.Kind.APPROXIMATE, "the " + chain.name()
                    + " traffic is planned over an approximate chain");
        };
    }

    public OracleCoverage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether anything is computed at all. */
    public boolean solved() {
        return kind != Kind.REFUSED;
    }

    /** Whether the figure is the exact optimum and its plan can be played. */
    public boolean exact() {
        return kind == Kind.EXACT;
    }

    /** Whether the oracle has a plan to play: the exact one, or the belief plan's grid controller. */
    public boolean playable() {
        return kind == Kind.EXACT || kind == Kind.BELIEF;
    }

    /** The label output shows. */
    public String label() {
        return kind.label();
    }
}
