package cloudrl.plugins;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.Policy;

/** A plugin's policy, with every call checked and timed (see {@link PluginGuard}). */
final class GuardedPolicy implements Policy {

    private final Policy policy;
    private final PluginGuard guard;
    private final PluginWatchdog.Call act;
    private final PluginWatchdog.Call reset;

    GuardedPolicy(Policy policy, PluginGuard guard) {
        this.policy = policy;
        this.guard = guard;
        this.act = guard.call("act");
        this.reset = guard.call("reset");
    }

    @Override
    public Action act(Observation observation) {
        PluginWatchdog.Slot slot = guard.slot();
        PluginWatchdog.Call outer = slot.current();
        long entry = slot.enter(act);
        Action action;
        try {
            action = policy.act(observation);
        } catch (RuntimeException | LinkageError | StackOverflowError thrown) {
            throw guard.threw("act", thrown);
        } finally {
            slot.leave(outer);
        }
        guard.requireOnTime(slot, entry, act);
        if (action == null) {
            throw guard.failure("act returned null; a policy must return an action");
        }
        return action;
    }

    @Override
    public void reset() {
        PluginWatchdog.Slot slot = guard.slot();
        PluginWatchdog.Call outer = slot.current();
        long entry = slot.enter(reset);
        try {
            policy.reset();
        } catch (RuntimeException | LinkageError | StackOverflowError thrown) {
            throw guard.threw("reset", thrown);
        } finally {
            slot.leave(outer);
        }
        guard.requireOnTime(slot, entry, reset);
    }
}
