package cloudrl.plugins;

import cloudrl.api.RewardBreakdown;
import cloudrl.api.RewardFunction;
import cloudrl.api.Transition;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

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
        return value(plugin -> plugin.reward(cpu, memory, requestRate, servers));
    }

    @Override
    public RewardBreakdown explain(double cpu, double memory, int requestRate, int servers) {
        return breakdown(plugin -> plugin.explain(cpu, memory, requestRate, servers));
    }

    @Override
    public double reward(Transition transition) {
        return value(plugin -> plugin.reward(transition));
    }

    @Override
    public RewardBreakdown explain(Transition transition) {
        return breakdown(plugin -> plugin.explain(transition));
    }

    // one guard for both forms: a call timed by the watchdog, its throw and its result checked
    private double value(ToDoubleFunction<RewardFunction> call) {
        return checked("reward", guard.run(value, () -> call.applyAsDouble(reward)));
    }

    private RewardBreakdown breakdown(Function<RewardFunction, RewardBreakdown> call) {
        RewardBreakdown result = guard.run(explain, () -> call.apply(reward));
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
