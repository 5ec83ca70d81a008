package cloudrl.policy;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.Policy;
import cloudrl.api.PolicyContext;

/**
 * Plays a heuristic written in the reference's terms (remove one, keep, add one server) under any
 * action scheme: the heuristic's choice becomes a desired server count, serving plus booting plus
 * its change, and the scheme turns that into its own action ({@link PolicyContext#toward}). Under
 * the reference scheme every action maps to itself.
 */
public final class ScaleTowards implements Policy {

    private static final String BOOTING = "bootingServers";

    private final Policy heuristic;
    private final PolicyContext context;

    private ScaleTowards(Policy heuristic, PolicyContext context) {
        this.heuristic = heuristic;
        this.context = context;
    }

    /** {@code heuristic} acting through {@code context}'s scheme. */
    public static Policy of(Policy heuristic, PolicyContext context) {
        return new ScaleTowards(heuristic, context);
    }

    @Override
    public Action act(Observation observation) {
        int change = heuristic.act(observation).index() - 1;
        int serving = observation.servers();
        // booting servers count toward the desired total when the observation shows them
        int booting = observation.hasFeature(BOOTING) ? (int) observation.feature(BOOTING) : 0;
        return context.toward(serving, booting, serving + booting + change);
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
