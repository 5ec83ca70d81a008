package cloudrl.ui.swing.compare;

import cloudrl.env.CloudEnvironment;
import cloudrl.evaluation.hindsight.HindsightOptimum;
import cloudrl.workload.TraceWorkload;

/**
 * An episode's hindsight optimum on a trace ({@link HindsightOptimum}: the best return on its window
 * with every rate known in advance) and the return a policy reached there.
 *
 * @param optimum the hindsight optimum of the episode
 * @param reached the return the policy earned in it
 */
public record Hindsight(double optimum, double reached) {

    /** The share of the optimum reached, in percent, as {@code evaluate} reports it: {@code 100 x reached / optimum}. */
    public double percent() {
        return 100 * reached / optimum;
    }

    /**
     * Whether {@code environment}'s episodes have a hindsight optimum: it replays a trace and its
     * dynamics have no constraint the DP cannot follow. Elsewhere the figure is absent, not zero.
     */
    public static boolean applies(CloudEnvironment environment) {
        return environment.workload() instanceof TraceWorkload && HindsightOptimum.covers(environment.dynamics());
    }

    /**
     * The figure of the episode {@code seed} starts, in which a policy earned {@code reached}.
     * Resets {@code own}'s workload: give it an environment of its own.
     *
     * @throws IllegalArgumentException when {@code own} has no hindsight optimum ({@link #applies})
     */
    public static Hindsight of(CloudEnvironment own, long seed, double reached) {
        if (!applies(own)) {
            throw new IllegalArgumentException("the hindsight optimum needs a trace workload without constraints");
        }
        return new Hindsight(HindsightOptimum.of(own, seed), reached);
    }
}
