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
        Action action = guard.run(act, () -> policy.act(observation));
        if (action == null) {
            throw guard.failure("act returned null; a policy must return an action");
        }
        return action;
    }

    @Override
    public void reset() {
        guard.run(reset, policy::reset);
    }
}
