package cloudrl.env;

import cloudrl.api.Action;
import cloudrl.api.Box;
import cloudrl.api.Discrete;
import cloudrl.api.Transition;
import cloudrl.api.Environment;
import cloudrl.api.Observation;
import cloudrl.api.PolicyContext;
import cloudrl.api.TrafficLevel;
import cloudrl.api.ResetResult;
import cloudrl.api.RewardBreakdown;
import cloudrl.api.RewardFunction;
import cloudrl.api.StepInfo;
import cloudrl.api.StepResult;
import cloudrl.api.WorkloadModel;
import cloudrl.reward.SeedShapedReward;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The autoscaling environment. Each step draws the next request rate from the workload, lets
 * {@link FleetDynamics} apply the action to the fleet (boot queue, quota, constraints, cost,
 * utilisation and latency), scores the step, and ends the episode when the system becomes unstable,
 * a constraint ends it, or the time limit is reached.
 *
 * <p>Without {@link #reset(long) a seed}, the first episode uses seed 0, so every run is
 * reproducible.
 *
 * <p>The observation and scored reward of a state (request rate, servers) are made once and
 * handed out again when the state recurs, which is why the reward function must be pure.
 */
public final class CloudEnvironment implements Environment {

    private final FleetDynamics dynamics;
    private final EnvironmentConfig config;
    private final WorkloadModel workload;
    private final RewardFunction reward;
    private final StateOutcomes scoredStates;
    private final boolean memoised;
    private final boolean reference;
    private final FleetState fleet;
    private final int[] scratch;

    private SplittableRandom random = new SplittableRandom(0);
    private Phase phase = Phase.NOT_STARTED;
    private Observation current;

    private enum Phase { NOT_STARTED, RUNNING, TERMINATED, TRUNCATED }

    /** The reference dynamics under {@code config} (one server type, instant boot, remove/keep/add one). */
    public CloudEnvironment(EnvironmentConfig config, WorkloadModel workload, RewardFunction reward) {
        this(FleetDynamics.reference(config), workload, reward);
    }

    /** An environment stepping through {@code dynamics}. */
    public CloudEnvironment(FleetDynamics dynamics, WorkloadModel workload, RewardFunction reward) {
        this.dynamics = Objects.requireNonNull(dynamics, "dynamics");
        this.config = dynamics.config();
        this.workload = Objects.requireNonNull(workload, "workload");
        this.reward = Objects.requireNonNull(reward, "reward");
        this.scoredStates = new StateOutcomes(dynamics, reward);
        // the memo holds four-value observations scored by the four-value reward
        this.memoised = dynamics.plain() && dynamics.features().isEmpty();
        this.reference = dynamics.reference();
        this.fleet = dynamics.newState();
        this.scratch = new int[dynamics.fleet().typeCount()];
        workload.fitEpisodes(config.maxSteps());
    }

    /** The observation space of an environment configured by {@code config} in the reference dynamics. */
    static Box observationSpaceOf(EnvironmentConfig config) {
        return FleetDynamics.reference(config).observationSpace();
    }

    /** The reference environment for {@code task}: default configuration, Gaussian traffic, seed reward. */
    public static CloudEnvironment of(Task task) {
        return new CloudEnvironment(EnvironmentConfig.defaults(), task.workload(), SeedShapedReward.defaults());
    }

    public EnvironmentConfig config() {
        return config;
    }

    /** The step rule this environment follows. */
    public FleetDynamics dynamics() {
        return dynamics;
    }

    public WorkloadModel workload() {
        return workload;
    }

    public RewardFunction rewardFunction() {
        return reward;
    }

    /** The context a policy for this environment is created in: its traffic, its parts' ids, its scheme and fleet. */
    public PolicyContext context(TrafficLevel traffic, String workload, String scenario) {
        return new PolicyContext(this, traffic, workload, scenario, dynamics.scheme(), dynamics.fleet());
    }

    /** The fleet after the latest reset or step, read-only; valid until the next step. */
    public Transition fleet() {
        return fleet;
    }

    @Override
    public Box observationSpace() {
        return dynamics.observationSpace();
    }

    @Override
    public Discrete actionSpace() {
        return dynamics.actionSpace();
    }

    @Override
    public ResetResult reset(long seed) {
        random = new SplittableRandom(seed);
        return reset();
    }

    @Override
    public ResetResult reset() {
        workload.reset(random);
        dynamics.reset(fleet, checkedRate(workload.requestRate(0, random)), scoredStates);
        // not the outcome table's scored value: scoring would ask the reward, which a reset does not
        current = memoised ? new Observation(fleet.cpu(), fleet.memory(), fleet.requestRate(), fleet.activeServers())
                : dynamics.observation(fleet);
        phase = Phase.RUNNING;
        return new ResetResult(current, new StepInfo(0, fleet.latency(), Map.of(), dynamics.fleetInfo(fleet)));
    }

    @Override
    public StepResult step(Action action) {
        if (action == null) {
            throw new IllegalArgumentException(actionSpace().invalid(null));
        }
        dynamics.requireAction(action.index());
        requireRunning();
        int requestRate = checkedRate(workload.requestRate(fleet.step() + 1, random));
        if (reference) {
            dynamics.stepReference(fleet, action.index(), requestRate, scoredStates);
        } else {
            dynamics.step(fleet, action.index(), requestRate, scratch, scoredStates);
        }
        RewardBreakdown breakdown;
        double latency;
        if (memoised) {
            StateOutcomes.Scored scored = scoredStates.scored(requestRate, fleet.activeServers());
            current = scored.observation();
            breakdown = scored.breakdown();
            latency = scored.latency();
        } else {
            current = dynamics.observation(fleet);
            breakdown = dynamics.explain(fleet, reward);
            latency = fleet.latency();
        }
        int step = fleet.step();
        boolean terminated = dynamics.terminates(fleet);
        boolean truncated = !terminated && step == config.maxSteps();
        if (terminated) {
            phase = Phase.TERMINATED;
        } else if (truncated) {
            phase = Phase.TRUNCATED;
        }
        StepInfo info = new StepInfo(step, latency, breakdown.components(), dynamics.fleetInfo(fleet));
        return new StepResult(current, breakdown.value(), terminated, truncated, info);
    }

    /** The latest observation, or empty before the first reset. */
    public Optional<Observation> currentObservation() {
        return Optional.ofNullable(current);
    }

    /** Steps taken since the last reset. */
    public int stepCount() {
        return phase == Phase.NOT_STARTED ? 0 : fleet.step();
    }

    private int checkedRate(int requestRate) {
        if (requestRate < 0) {
            throw new IllegalStateException("workload " + workload.getClass().getSimpleName()
                    + " produced a negative request rate " + requestRate + " at step " + stepCount());
        }
        return requestRate;
    }

    private void requireRunning() {
        if (phase == Phase.RUNNING) {
            return;
        }
        switch (phase) {
            case NOT_STARTED -> throw new IllegalStateException("step() called before reset(): call reset() first");
            case TERMINATED -> throw new IllegalStateException("step() called after the episode ended "
                    + (fleet.unstable() ? "by instability" : "by a constraint") + " at step " + fleet.step()
                    + ": call reset() first");
            case TRUNCATED -> throw new IllegalStateException("step() called after the episode reached its time limit"
                    + " of " + config.maxSteps() + " steps: call reset() first");
            case RUNNING -> { }
        }
    }
}
