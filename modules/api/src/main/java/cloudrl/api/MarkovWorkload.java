package cloudrl.api;

/**
 * A workload whose next rate depends on a small state of its own (none, a phase, a regime, the last
 * rate), and which offers its transition law as a {@link TrafficChain}: the workload states, the
 * reset draw and per state the distribution of (rate, next state), with the tail mass left out
 * stated. A planner (the oracle) solves any environment whose workload implements this, built in or
 * from a plugin; one that does not is refused. {@link RateDistribution} gives the discretised normal
 * draws most workloads need.
 */
public interface MarkovWorkload extends WorkloadModel {

    /**
     * The chain of this workload over episodes of {@code maxSteps} steps (a chain whose state is the
     * step needs the horizon), with the probabilities exactly those {@link #requestRate} draws from.
     *
     * @throws IllegalArgumentException when the chain would be too large to list, saying why
     */
    TrafficChain chain(int maxSteps);
}
