package cloudrl.env;

import cloudrl.api.Action;
import cloudrl.api.Box;
import cloudrl.api.Discrete;
import cloudrl.api.Observation;
import cloudrl.api.RewardFunction;
import cloudrl.api.WorkloadModel;
import cloudrl.reward.SeedShapedReward;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Many independent autoscaling environments stepped together, for training. The state is kept as
 * one array per quantity (struct of arrays), and every {@link #step(int[])} fills the same
 * preallocated output arrays: observations ({@code float[count * 4]}, environment {@code i} at
 * {@code 4i .. 4i+3} as {@code [cpu, memory, requestRate, servers]}), rewards, terminated and
 * truncated. A step allocates nothing.
 *
 * <p><b>Seeds.</b> {@link #reset(long) reset(seed)} gives environment {@code i} the seed
 * {@code environmentSeeds(seed, count)[i]}; from then on environment {@code i} follows exactly the
 * trajectory of a {@link CloudEnvironment} with the same configuration, workload and reward that is
 * reset with that seed and given the same actions, calling {@link CloudEnvironment#reset()} (which
 * continues the random stream) whenever an episode ends.
 *
 * <p><b>Autoreset</b> follows Gymnasium's next-step mode. The step on which an episode ends
 * returns that episode's last observation, its reward and {@code terminated} or {@code truncated}.
 * On the following step that environment ignores its action, starts a new episode from its
 * continuing random stream, and returns the new episode's first observation with reward 0 and
 * both flags false.
 *
 * <p><b>Threads.</b> With more than one thread, the environments are cut into contiguous chunks of
 * {@link #CHUNK}, which the calling thread and a fixed crew of workers, started by the constructor,
 * step: each thread its own run of chunks first, then whatever another has not started. Each
 * environment owns its random stream and its state, so which thread steps it changes nothing:
 * results are identical to a single-threaded run. A batch gets one thread per {@link #MIN_SLICE}
 * environments at most, so a small one stays on the calling thread.
 *
 * <p>The reward function is shared by all environments and, with several threads, called
 * concurrently: it must be a pure function of its arguments. Each environment gets its own workload
 * from the supplier (one shared instance is fine for a stateless workload such as
 * {@link GaussianWorkload}). Not thread-safe: call from one thread at a time. Close it to stop the
 * crew's threads.
 */
public final class VectorEnv implements AutoCloseable {

    /** Fewest environments per thread; smaller batches are not worth a hand-over. */
    public static final int MIN_SLICE = 1024;

    /** Environments in one chunk of work handed to a thread. */
    public static final int CHUNK = 512;

    /** Most threads a VectorEnv may use. */
    public static final int MAX_THREADS = 256;

    /** Most environments one VectorEnv may hold, so that {@code count * 4} observations fit an array. */
    public static final int MAX_COUNT = Integer.MAX_VALUE / Observation.SIZE;

    private final int count;
    private final FleetDynamics dynamics;
    private final boolean arrayPath;
    private final int stride;
    private final FleetState[] fleets;
    private final int[][] scratch;
    private final EnvironmentConfig config;
    private final RewardFunction reward;
    private final WorkloadModel[] workloads;
    private final Box observationSpace;

    private final SplittableRandom[] randoms;
    private final int[] servers;
    private final int[] steps;
    private final boolean[] resetPending;

    private final float[] observations;
    private final double[] rewards;
    private final boolean[] terminated;
    private final boolean[] truncated;

    private final StateOutcomes[] outcomes;
    private final StepWorkers workers;

    private int[] actions;
    private boolean ready;

    /**
     * @param count     number of environments, in [1, {@link #MAX_COUNT}]
     * @param config    the physics and limits every environment shares
     * @param workloads called once per environment, in index order, for that environment's workload
     * @param reward    the reward function, shared; must be pure
     * @param threads   threads to step with, in [1, {@link #MAX_THREADS}]; the caller's thread is one of them
     */
    public VectorEnv(int count, EnvironmentConfig config, Supplier<? extends WorkloadModel> workloads,
                     RewardFunction reward, int threads) {
        this(count, FleetDynamics.reference(config), workloads, reward, threads);
    }

    /**
     * Environments stepping through {@code dynamics}; on the reference dynamics the fleet is kept as
     * one server count per environment, otherwise as a {@link FleetState} each.
     *
     * @param count     number of environments, in [1, {@link #MAX_COUNT}] (fewer when observations are longer)
     * @param dynamics  the step rule every environment shares
     * @param workloads called once per environment, in index order, for that environment's workload
     * @param reward    the reward function, shared; must be pure
     * @param threads   threads to step with, in [1, {@link #MAX_THREADS}]; the caller's thread is one of them
     */
    public VectorEnv(int count, FleetDynamics dynamics, Supplier<? extends WorkloadModel> workloads,
                     RewardFunction reward, int threads) {
        this.dynamics = Objects.requireNonNull(dynamics, "dynamics");
        EnvironmentConfig config = dynamics.config();
        this.stride = dynamics.observationSize();
        if (count < 1 || (long) count * stride > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("count " + count + " is not allowed: must be between 1 and "
                    + Integer.MAX_VALUE / stride);
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads " + threads + " is not allowed: must be between 1 and "
                    + MAX_THREADS);
        }
        this.count = count;
        this.config = Objects.requireNonNull(config, "config");
        this.reward = Objects.requireNonNull(reward, "reward");
        Objects.requireNonNull(workloads, "workloads");
        this.workloads = new WorkloadModel[count];
        for (int i = 0; i < count; i++) {
            this.workloads[i] = Objects.requireNonNull(workloads.get(), "the workload supplier returned null");
            this.workloads[i].fitEpisodes(config.maxSteps());
        }
        this.observationSpace = dynamics.observationSpace();
        this.arrayPath = dynamics.reference();
        this.fleets = arrayPath ? null : new FleetState[count];
        if (!arrayPath) {
            for (int i = 0; i < count; i++) {
                fleets[i] = dynamics.newState();
            }
        }
        this.randoms = new SplittableRandom[count];
        this.servers = new int[count];
        this.steps = new int[count];
        this.resetPending = new boolean[count];
        this.observations = new float[count * stride];
        this.rewards = new double[count];
        this.terminated = new boolean[count];
        this.truncated = new boolean[count];

        int used = Math.max(1, Math.min(threads, count / MIN_SLICE));
        // one outcome table per thread: it is a cache, so which thread fills an entry changes nothing
        this.outcomes = new StateOutcomes[used];
        this.scratch = new int[used][dynamics.fleet().typeCount()];
        for (int t = 0; t < used; t++) {
            outcomes[t] = new StateOutcomes(dynamics, reward);
        }
        int chunks = (count + CHUNK - 1) / CHUNK;
        this.workers = used > 1 ? new StepWorkers(used, chunks, this::stepChunk, "cloudrl-vector-env") : null;
    }

    /** {@code count} environments of {@code task}: reference configuration, its Gaussian traffic, the seed reward. */
    public static VectorEnv of(Task task, int count, int threads) {
        return of(task, EnvironmentConfig.defaults(), count, threads);
    }

    /** {@code count} environments of {@code task} under {@code config}, with its Gaussian traffic and the seed reward. */
    public static VectorEnv of(Task task, EnvironmentConfig config, int count, int threads) {
        // the Gaussian workload keeps no state, so every environment can share one
        GaussianWorkload traffic = task.workload();
        return new VectorEnv(count, config, () -> traffic, SeedShapedReward.defaults(), threads);
    }

    /**
     * The seeds {@link #reset(long)} gives the environments: the first {@code count} values of a
     * {@link SplittableRandom} seeded with {@code seed}.
     */
    public static long[] environmentSeeds(long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count " + count + " is not allowed: must not be negative");
        }
        SplittableRandom source = new SplittableRandom(seed);
        long[] seeds = new long[count];
        for (int i = 0; i < count; i++) {
            seeds[i] = source.nextLong();
        }
        return seeds;
    }

    /** Number of environments. */
    public int count() {
        return count;
    }

    /** Threads a step uses, the caller's included; 1 when the batch is too small to share. */
    public int threads() {
        return outcomes.length;
    }

    /** The configuration every environment shares. */
    public EnvironmentConfig config() {
        return config;
    }

    /** The space each environment's observation lies in. */
    public Box observationSpace() {
        return observationSpace;
    }

    /** Each environment's action space. */
    public Discrete actionSpace() {
        return dynamics.actionSpace();
    }

    /** The step rule every environment follows. */
    public FleetDynamics dynamics() {
        return dynamics;
    }

    /** Values per environment in {@link #observations()}. */
    public int observationSize() {
        return stride;
    }

    /**
     * Starts a new episode in every environment, environment {@code i} from a fresh random stream
     * seeded with {@code environmentSeeds(seed, count)[i]}. Fills {@link #observations()}; rewards
     * and both flags are cleared.
     */
    public void reset(long seed) {
        SplittableRandom source = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            randoms[i] = new SplittableRandom(source.nextLong());
        }
        resetAll();
    }

    /**
     * Starts a new episode in every environment, each continuing its random stream (seeded as by
     * {@code reset(0)} if never seeded).
     */
    public void reset() {
        if (randoms[0] == null) {
            reset(0);
            return;
        }
        resetAll();
    }

    private void resetAll() {
        for (int i = 0; i < count; i++) {
            startEpisode(i, outcomes[0]);
            rewards[i] = 0;
            terminated[i] = false;
            truncated[i] = false;
        }
        ready = true;
    }

    /**
     * Advances every environment by one step: environment {@code i} takes {@code actions[i]}
     * (0 decrease, 1 maintain, 2 increase), or autoresets if its episode ended on the previous step.
     * Overwrites the output arrays.
     *
     * @throws IllegalArgumentException when {@code actions} has the wrong length or holds an invalid action;
     *                                  nothing is stepped then
     * @throws IllegalStateException    before the first reset, or after a step failed in a workload
     */
    public void step(int[] actions) {
        if (!ready) {
            throw new IllegalStateException("step() called before reset(): call reset(seed) first");
        }
        if (actions.length != count) {
            throw new IllegalArgumentException("actions has " + actions.length + " entries but there are "
                    + count + " environments");
        }
        int n = dynamics.actionSpace().n();
        for (int i = 0; i < count; i++) {
            int action = actions[i];
            if (action < 0 || action >= n) {
                throw new IllegalArgumentException("for environment " + i + ": "
                        + dynamics.actionSpace().invalid(action));
            }
        }
        this.actions = actions;
        // a failure leaves the batch half stepped: insist on a reset before going on
        ready = false;
        if (workers == null) {
            stepRange(0, count, 0);
        } else {
            workers.runAll();
        }
        this.actions = null;
        ready = true;
    }

    private void stepChunk(int chunk, int thread) {
        int from = chunk * CHUNK;
        stepRange(from, Math.min(count, from + CHUNK), thread);
    }

    private void stepRange(int from, int to, int thread) {
        if (arrayPath) {
            stepArrays(from, to, outcomes[thread]);
        } else {
            stepFleets(from, to, scratch[thread], outcomes[thread]);
        }
    }

    private void stepFleets(int from, int to, int[] orders, StateOutcomes table) {
        int[] chosen = actions;
        int maxSteps = config.maxSteps();
        for (int i = from; i < to; i++) {
            if (resetPending[i]) {
                startEpisode(i, table);
                rewards[i] = 0;
                terminated[i] = false;
                truncated[i] = false;
                continue;
            }
            FleetState fleet = fleets[i];
            int step = fleet.step() + 1;
            int requestRate = requireRate(workloads[i].requestRate(step, randoms[i]), i, step);
            dynamics.step(fleet, chosen[i], requestRate, orders, table);
            rewards[i] = dynamics.reward(fleet, table);
            dynamics.observe(fleet, observations, i * stride);
            boolean ended = dynamics.terminates(fleet);
            boolean timeUp = !ended && step == maxSteps;
            terminated[i] = ended;
            truncated[i] = timeUp;
            resetPending[i] = ended || timeUp;
            steps[i] = step;
        }
    }

    private void stepArrays(int from, int to, StateOutcomes table) {
        int[] chosen = actions;
        int maxSteps = config.maxSteps();
        float[] tableCpu = table.cpu;
        float[] tableMemory = table.memory;
        double[] tableRewards = table.rewards;
        for (int i = from; i < to; i++) {
            if (resetPending[i]) {
                startEpisode(i, table);
                rewards[i] = 0;
                terminated[i] = false;
                truncated[i] = false;
                continue;
            }
            int allocated = dynamics.referenceServers(servers[i], chosen[i]);
            int step = steps[i] + 1;
            int requestRate = requireRate(workloads[i].requestRate(step, randoms[i]), i, step);
            boolean unstable;
            int at = i * Observation.SIZE;
            if (StateOutcomes.covers(requestRate, allocated)) {
                int entry = table.entry(requestRate, allocated);
                rewards[i] = tableRewards[entry];
                unstable = table.unstable(entry);
                observations[at] = tableCpu[entry];
                observations[at + 1] = tableMemory[entry];
            } else {
                double cpu = config.cpuUtilisation(requestRate, allocated);
                double memory = config.memoryUtilisation(requestRate, allocated);
                rewards[i] = reward.reward(cpu, memory, requestRate, allocated);
                unstable = config.unstable(cpu, memory);
                observations[at] = (float) cpu;
                observations[at + 1] = (float) memory;
            }
            observations[at + 2] = requestRate;
            observations[at + 3] = allocated;
            boolean timeUp = !unstable && step == maxSteps;
            terminated[i] = unstable;
            truncated[i] = timeUp;
            resetPending[i] = unstable || timeUp;
            steps[i] = step;
            servers[i] = allocated;
        }
    }

    // Mirrors CloudEnvironment.reset(): same draws from the same stream, in the same order.
    private void startEpisode(int i, StateOutcomes table) {
        SplittableRandom random = randoms[i];
        workloads[i].reset(random);
        int requestRate = requireRate(workloads[i].requestRate(0, random), i, 0);
        if (!arrayPath) {
            dynamics.reset(fleets[i], requestRate, table);
            dynamics.observe(fleets[i], observations, i * stride);
            steps[i] = 0;
            resetPending[i] = false;
            return;
        }
        int allocated = config.initialServers();
        steps[i] = 0;
        servers[i] = allocated;
        resetPending[i] = false;
        observe(i, config.cpuUtilisation(requestRate, allocated), config.memoryUtilisation(requestRate, allocated),
                requestRate, allocated);
    }

    private void observe(int i, double cpu, double memory, int requestRate, int allocated) {
        int at = i * Observation.SIZE;
        observations[at] = (float) cpu;
        observations[at + 1] = (float) memory;
        observations[at + 2] = requestRate;
        observations[at + 3] = allocated;
    }

    private int requireRate(int requestRate, int environment, int step) {
        if (requestRate < 0) {
            throw new IllegalStateException("workload " + workloads[environment].getClass().getSimpleName()
                    + " produced a negative request rate " + requestRate + " for environment " + environment
                    + " at step " + step);
        }
        return requestRate;
    }

    /**
     * The observations after the last reset or step, {@code [cpu, memory, requestRate, servers]} per
     * environment. The live array: overwritten by the next step; copy what must be kept.
     */
    public float[] observations() {
        return observations;
    }

    /** The rewards of the last step, one per environment (0 after a reset or an autoreset). The live array. */
    public double[] rewards() {
        return rewards;
    }

    /** Which environments ended by instability on the last step. The live array. */
    public boolean[] terminated() {
        return terminated;
    }

    /** Which environments reached the time limit on the last step. The live array. */
    public boolean[] truncated() {
        return truncated;
    }

    /** Steps taken in environment {@code i}'s current episode. */
    public int episodeStep(int i) {
        return steps[Objects.checkIndex(i, count)];
    }

    /** Stops the threads of the crew, if any. */
    @Override
    public void close() {
        if (workers != null) {
            workers.close();
        }
    }
}
