package cloudrl.benchmarks;

import cloudrl.api.Scenario;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.FleetDynamics;
import cloudrl.env.Task;
import cloudrl.env.VectorEnv;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.PluginDiscovery;
import cloudrl.plugins.ScenarioChoice;
import cloudrl.plugins.Selection;
import cloudrl.policy.ThresholdPolicy;

import java.util.List;

/**
 * What the scenario benchmark steps: {@code count} environments of a built-in scenario at its own
 * task in one {@link VectorEnv}, reset with seed 1, the threshold heuristic choosing from the CPU
 * column and its remove/keep/add choice mapped to the scheme's actions once.
 */
final class ScenarioBatch implements AutoCloseable {

    private final VectorEnv environments;
    private final ThresholdActions heuristic = new ThresholdActions(ThresholdPolicy.defaults());
    private final int[] schemeActions;
    private final int[] actions;

    ScenarioBatch(String id, int count, int threads) {
        Assembly assembly = new Assembly(PluginDiscovery.builtIns());
        Scenario scenario = ScenarioChoice.resolve(id, assembly.catalog());
        Selection selection = Selection.of(scenario, null, null, null, List.of());
        Task task = Task.parse(scenario.task());
        CloudEnvironment probe = assembly.environment(task, selection, 0);
        FleetDynamics dynamics = probe.dynamics();
        int start = dynamics.config().initialServers();
        schemeActions = new int[3];
        for (int change = -1; change <= 1; change++) {
            schemeActions[change + 1] = dynamics.scheme().toward(dynamics.fleet(), start, 0, start + change);
        }
        environments = new VectorEnv(count, dynamics, () -> assembly.workload(selection, task.trafficLevel(), 0),
                assembly.reward(selection, 0), threads);
        environments.reset(1);
        actions = new int[count];
    }

    /** One batch step; returns the rewards so JMH keeps the work alive. */
    double[] step() {
        heuristic.choose(environments.observations(), environments.observationSize(), schemeActions, actions);
        environments.step(actions);
        return environments.rewards();
    }

    @Override
    public void close() {
        environments.close();
    }
}
