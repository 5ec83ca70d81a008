package cloudrl.env;

import cloudrl.api.Action;
import cloudrl.api.Box;
import cloudrl.api.Discrete;
import cloudrl.api.Environment;
import cloudrl.api.Observation;
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
 * The autoscaling environment. Each step applies the action to the server count, draws the next
 * request rate from the workload, derives utilisation and latency, scores the new state, and ends
 * the episode when the system becomes unstable or the time limit is reached.
 *
 * <p>Without {@link #reset(long) a seed}, the first episode uses seed 0, so every run is
 * reproducible.
 *
 * <p>The observation and scored reward of a state (request rate, servers) are made once and
 * handed out again when the state recurs, which is why the reward function must be pure.
 */
public final class CloudEnvironment implements Environment {

    private static final Discrete ACTIONS = new Discrete(Action.values().length);

    private final EnvironmentConfig config;
    private final WorkloadModel workload;
    private final RewardFunction reward;
    private final Box observationSpace;
    private final ScoredStates scoredStates;

    private SplittableRandom random = new SplittableRandom(0);
    private Phase phase = Phase.NOT_STARTED;
    private int step;
    private int servers;
    private Observation current;

    private enum Phase { NOT_STARTED, RUNNING, TERMINATED, TRUNCATED }

    public CloudEnvironment(EnvironmentConfig config, WorkloadModel workload, RewardFunction reward) {
        this.config = Objects.requireNonNull(config, "config");
        this.workload = Objects.requireNonNull(workload, "workload");
        this.reward = Objects.requireNonNull(reward, "reward");
        this.observationSpace = observationSpaceOf(config);
        this.scoredStates = new ScoredStates(config, reward);
        workload.fitEpisodes(config.maxSteps());
    }

    /** The observation space of an environment configured by {@code config}; shared with {@link VectorEnv}. */
    static Box observationSpaceOf(EnvironmentConfig config) {
        float serverBound = config.serversBounded() ? config.maxServers() : Float.POSITIVE_INFINITY;
        return new Box(new float[] {0, 0, 0, 1}, new float[] {100, 100, Float.POSITIVE_INFINITY, serverBound});
    }

    /** The reference environment for {@code task}: default configuration, Gaussian traffic, seed reward. */
    public static CloudEnvironment of(Task task) {
        return new CloudEnvironment(EnvironmentConfig.defaults(), task.workload(), SeedShapedReward.defaults());
    }

    public EnvironmentConfig config() {
        return config;
    }

    public WorkloadModel workload() {
        return workload;
    }

    public RewardFunction rewardFunction() {
        return reward;
    }

    @Override
    public Box observationSpace() {
        return observationSpace;
    }

    @Override
    public Discrete actionSpace() {
        return ACTIONS;
    }

    @Override
    public ResetResult reset(long seed) {
        random = new SplittableRandom(seed);
        return reset();
    }

    @Override
    public ResetResult reset() {
        step = 0;
        servers = config.initialServers();
        workload.reset(random);
        current = observe(workload.requestRate(0, random));
        phase = Phase.RUNNING;
        return new ResetResult(current, new StepInfo(0, current.latency(), Map.of()));
    }

    @Override
    public StepResult step(Action action) {
        if (action == null) {
            throw new IllegalArgumentException(
                    "action null is not valid: allowed are 0 (DECREASE), 1 (MAINTAIN), 2 (INCREASE)");
        }
        requireRunning();
        servers = switch (action) {
            case DECREASE -> Math.max(1, servers - 1);
            case MAINTAIN -> servers;
            case INCREASE -> Math.min(config.maxServers(), servers + 1);
        };
        ScoredStates.Scored scored = scoredStates.enter(checkedRate(workload.requestRate(step + 1, random)), servers);
        current = scored.observation();
        step++;
        boolean terminated = scored.unstable();
        boolean truncated = !terminated && step == config.maxSteps();
        if (terminated) {
            phase = Phase.TERMINATED;
        } else if (truncated) {
            phase = Phase.TRUNCATED;
        }
        RewardBreakdown breakdown = scored.breakdown();
        StepInfo info = new StepInfo(step, scored.latency(), breakdown.components());
        return new StepResult(current, breakdown.value(), terminated, truncated, info);
    }

    /** The latest observation, or empty before the first reset. */
    public Optional<Observation> currentObservation() {
        return Optional.ofNullable(current);
    }

    /** Steps taken since the last reset. */
    public int stepCount() {
        return step;
    }

    private Observation observe(int requestRate) {
        checkedRate(requestRate);
        return new Observation(config.cpuUtilisation(requestRate, servers),
                config.memoryUtilisation(requestRate, servers), requestRate, servers);
    }

    private int checkedRate(int requestRate) {
        if (requestRate < 0) {
            throw new IllegalStateException("workload " + workload.getClass().getSimpleName()
                    + " produced a negative request rate " + requestRate + " at step " + step);
        }
        return requestRate;
    }

    private void requireRunning() {
        switch (phase) {
            case NOT_STARTED -> throw new IllegalStateException("step() called before reset(): call reset() first");
            case TERMINATED -> throw new IllegalStateException("step() called after the episode ended by instability"
                    + " at step " + step + ": call reset() first");
            case TRUNCATED -> throw new IllegalStateException("step() called after the episode reached its time limit"
                    + " of " + config.maxSteps() + " steps: call reset() first");
            case RUNNING -> { }
        }
    }
}
