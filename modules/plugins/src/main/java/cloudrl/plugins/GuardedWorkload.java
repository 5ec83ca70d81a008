package cloudrl.plugins;

import cloudrl.api.MarkovWorkload;
import cloudrl.api.TrafficChain;
import cloudrl.api.WorkloadModel;

import java.util.random.RandomGenerator;

/** A plugin's workload, with every call checked and timed (see {@link PluginGuard}). */
class GuardedWorkload implements WorkloadModel {

    private final WorkloadModel workload;
    private final PluginGuard guard;
    private final PluginWatchdog.Call requestRate;
    private final PluginWatchdog.Call reset;
    private final PluginWatchdog.Call longRunMean;
    private final PluginWatchdog.Call fitEpisodes;

    GuardedWorkload(WorkloadModel workload, PluginGuard guard) {
        this.workload = workload;
        this.guard = guard;
        this.requestRate = guard.call("requestRate");
        this.reset = guard.call("reset");
        this.longRunMean = guard.call("longRunMean");
        this.fitEpisodes = guard.call("fitEpisodes");
    }

    @Override
    public void reset(RandomGenerator random) {
        guard.run(reset, () -> workload.reset(random));
    }

    @Override
    public int requestRate(int step, RandomGenerator random) {
        int rate = guard.run(requestRate, () -> workload.requestRate(step, random));
        if (rate < 0) {
            throw guard.failure("requestRate returned " + rate + " for step " + step
                    + "; a request rate must be 0 or more");
        }
        return rate;
    }

    @Override
    public double longRunMean() {
        double mean = guard.run(longRunMean, workload::longRunMean);
        // NaN is allowed: it means the model has no such figure
        if (mean < 0 || mean == Double.POSITIVE_INFINITY) {
            throw guard.failure("longRunMean returned " + mean + "; it must be 0 or more, or NaN for none");
        }
        return mean;
    }

    @Override
    public void fitEpisodes(int steps) {
        // a refusal here is the plugin saying the episode length does not fit: bad input, passed on as it is
        guard.run(fitEpisodes, () -> workload.fitEpisodes(steps));
    }

    /**
     * A guarded plugin workload that offers its transition law, so that the oracle can still plan
     * over it through the guard.
     */
    static final class Markov extends GuardedWorkload implements MarkovWorkload {

        private final MarkovWorkload markov;
        private final PluginWatchdog.Call chain;

        Markov(MarkovWorkload workload, PluginGuard guard) {
            super(workload, guard);
            this.markov = workload;
            this.chain = guard.call("chain");
        }

        @Override
        public TrafficChain chain(int maxSteps) {
            TrafficChain made = guard().run(chain, () -> markov.chain(maxSteps));
            if (made == null) {
                throw guard().failure("chain returned null; a Markov workload must offer its transition law");
            }
            return made;
        }
    }

    PluginGuard guard() {
        return guard;
    }

    /** {@code workload} guarded, keeping its transition law when it offers one. */
    static WorkloadModel of(WorkloadModel workload, PluginGuard guard) {
        return workload instanceof MarkovWorkload markov ? new Markov(markov, guard) : new GuardedWorkload(workload, guard);
    }
}
