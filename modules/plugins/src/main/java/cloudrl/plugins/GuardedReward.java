package cloudrl.plugins;

import cloudrl.api.RewardBreakdown;
import cloudrl.api.RewardFunction;
import cloudrl.api.Transition;

/** A plugin's reward function, with every call checked and timed (see {@link PluginGuard}). */
final class GuardedReward implements RewardFunction {

    private final RewardFunction reward;
    private final PluginGuard guard;
    private final PluginWatchdog.Call value;
    private final PluginWatchdog.Call explain;

    GuardedReward(RewardFunction reward, PluginGuard guard) {
        this.reward = reward;
        this.guard = guard;
        this.value = guard.call("reward");
        this.explain = guard.call("explain");
    }

    @Override
    public double reward(double cpu, double memory, int requestRate, int servers) {
        PluginWatchdog.Slot slot = guard.slot();
        PluginWatchdog.Call outer = slot.current();
        long entry = slot.enter(value);
        double result;
        try {
            result = reward.reward(cpu, memory, requestRate, servers);
        } catch (RuntimeException | LinkageError | StackOverflowError thrown) {
            throw guard.threw("reward", thrown);
        } finally {
            slot.leave(outer);
        }
        guard.requireOnTime(slot, entry, value);
        return checked("reward", result);
    }

    @Override
    public RewardBreakdown explain(double cpu, double memory, int requestRate, int servers) {
        PluginWatchdog.Slot slot = guard.slot();
        PluginWatchdog.Call outer = slot.current();
        long entry = slot.enter(explain);
        RewardBreakdown result;
        try {
            result = reward.explain(cpu, memory, requestRate, servers);
        } catch (RuntimeException | LinkageError | StackOverflowError thrown) {
            throw guard.threw("explain", thrown);
        } finally {
            slot.leave(outer);
        }
        guard.requireOnTime(slot, entry, explain);
        if (result == null) {
            throw guard.failure("explain returned null; a reward must return its value and parts");
        }
        checked("explain", result.value());
        return result;
    }

    @Override
    public double reward(Transition transition) {
        PluginWatchdog.Slot slot = guard.slot();
        PluginWatchdog.Call outer = slot.current();
        long entry = slot.enter(value);
        double result;
        try {
            result = reward.reward(transition);
        } catch (RuntimeException | LinkageError | StackOverflowError thrown) {
            throw guard.threw("reward", thrown);
        } finally {
            slot.leave(outer);
        }
        guard.requireOnTime(slot, entry, value);
        return checked("reward", result);
    }

    @Override
    public RewardBreakdown explain(Transition transition) {
        PluginWatchdog.Slot slot = guard.slot();
        PluginWatchdog.Call outer = slot.current();
        long entry = slot.enter(explain);
        RewardBreakdown result;
        try {
            result = reward.explain(transition);
        } catch (RuntimeException | LinkageError | StackOverflowError thrown) {
            throw guard.threw("explain", thrown);
        } finally {
            slot.leave(outer);
        }
        guard.requireOnTime(slot, entry, explain);
        if (result == null) {
            throw guard.failure("explain returned null; a reward must return its value and parts");
        }
        checked("explain", result.value());
        return result;
    }

    private double checked(String method, double result) {
        if (!(result >= 0 && result <= 1)) {
            throw guard.failure(method + " returned " + result + "; a reward must be in [0, 1]");
        }
        return result;
    }
}
