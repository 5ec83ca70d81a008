package cloudrl.agents;

import cloudrl.api.RewardFunction;
import cloudrl.api.WorkloadModel;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.FleetDynamics;
import cloudrl.env.Task;
import cloudrl.env.VectorEnv;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What an agent trains on, and how the saved model describes it: the task, the workload and the
 * reward (ids and parameters, for the metadata), the configuration, and the pieces to build the
 * environments from.
 *
 * @param task               the task's id, such as {@code medium}
 * @param workload           the workload's id, such as {@code gaussian}
 * @param workloadParameters the workload's parameters as given
 * @param reward             the reward's id, such as {@code seed-shaped}
 * @param rewardParameters   the reward's parameters as given
 * @param actionParameters   the action scheme's parameters as used
 * @param fleetParameters    the fleet's parameters as used
 * @param config             the physics and limits
 * @param workloads          a new workload model per call, one for each environment
 * @param rewardFunction     the reward function, shared by all environments; must be pure
 */
public record TrainingEnvironment(String task, String scenario, String workload, Map<String, String> workloadParameters,
                                  String reward, Map<String, String> rewardParameters,
                                  Map<String, String> actionParameters, Map<String, String> fleetParameters,
                                  FleetDynamics dynamics,
                                  Supplier<? extends WorkloadModel> workloads, RewardFunction rewardFunction) {

    public TrainingEnvironment {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(reward, "reward");
        workloadParameters = Map.copyOf(workloadParameters);
        rewardParameters = Map.copyOf(rewardParameters);
        actionParameters = Map.copyOf(actionParameters);
        fleetParameters = Map.copyOf(fleetParameters);
        Objects.requireNonNull(dynamics, "dynamics");
        Objects.requireNonNull(workloads, "workloads");
        Objects.requireNonNull(rewardFunction, "rewardFunction");
    }

    /** The reference setup of {@code task}: Gaussian traffic, the seed reward, the reference configuration. */
    public static TrainingEnvironment reference(Task task) {
        CloudEnvironment reference = CloudEnvironment.of(task);
        return new TrainingEnvironment(task.id(), "reference", "gaussian", Map.of(), "seed-shaped", Map.of(), Map.of(),
                Map.of(), reference.dynamics(), task::workload, reference.rewardFunction());
    }

    /** The physics and episode length. */
    public EnvironmentConfig config() {
        return dynamics.config();
    }

    /** How many actions the scheme offers: the networks' outputs. */
    public int actions() {
        return dynamics.actionSpace().n();
    }

    /** The observation's feature names: the networks' inputs before any extras. */
    public java.util.List<String> observation() {
        return dynamics.observationSpace().names();
    }

    /** {@code count} environments of this setup, stepped on the calling thread. */
    VectorEnv vectorEnv(int count) {
        return new VectorEnv(count, dynamics, workloads, rewardFunction, 1);
    }
}
