package cloudrl.plugins;

import cloudrl.api.WorkloadModel;

import java.util.random.RandomGenerator;

/** A plugin's workload, with every call checked and timed (see {@link PluginGuard}). */
final class GuardedWorkload implements WorkloadModel {

    private final WorkloadModel workload;
    private final PluginGuard guard;
    private final PluginWatchdog.Call requestRate;
    private final PluginWatchdog.Call reset;
    private final PluginWatchdog.Call longRunMean;

    GuardedWorkload(WorkloadModel workload, PluginGuard guard) {
        this.workload = workload;
        this.guard = guard;
        this.requestRate = guard.call("requestRate");
        this.reset = guard.call("reset");
        this.longRunMean = guard.call("longRunMean");
    }

    @Override
    public void reset(RandomGenerator random) {
        PluginWatchdog.Slot slot = guard.slot();
        PluginWatchdog.Call outer = slot.current();
        long entry = slot.enter(reset);
        try {
            workload.reset(random);
        } catch (RuntimeException | LinkageError | StackOverflowError thrown) {
            throw guard.threw("reset", thrown);
        } finally {
            slot.leave(outer);
        }
        guard.requireOnTime(slot, entry, reset);
    }

    @Override
    public int requestRate(int step, RandomGenerator random) {
        PluginWatchdog.Slot slot = guard.slot();
        PluginWatchdog.Call outer = slot.current();
        long entry = slot.enter(requestRate);
        int rate;
        try {
            rate = workload.requestRate(step, random);
        } catch (RuntimeException | LinkageError | StackOverflowError thrown) {
            throw guard.threw("requestRate", thrown);
        } finally {
            slot.leave(outer);
        }
        guard.requireOnTime(slot, entry, requestRate);
        if (rate < 0) {
            throw guard.failure("requestRate returned " + rate + " for step " + step
                    + "; a request rate must be 0 or more");
        }
        return rate;
    }

    @Override
    public double longRunMean() {
        PluginWatchdog.Slot slot = guard.slot();
        PluginWatchdog.Call outer = slot.current();
        long entry = slot.enter(longRunMean);
        double mean;
        try {
            mean = workload.longRunMean();
        } catch (RuntimeException | LinkageError | StackOverflowError thrown) {
            throw guard.threw("longRunMean", thrown);
        } finally {
            slot.leave(outer);
        }
        guard.requireOnTime(slot, entry, longRunMean);
        // NaN is allowed: it means the model has no such figure
        if (mean < 0 || mean == Double.POSITIVE_INFINITY) {
            throw guard.failure("longRunMean returned " + mean + "; it must be 0 or more, or NaN for none");
        }
        return mean;
    }
}
