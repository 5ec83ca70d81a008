package cloudrl.oracle;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import cloudrl.api.RewardFunction;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.FleetDynamics;
import cloudrl.env.GaussianWorkload;
import cloudrl.workload.Ar1Workload;
import cloudrl.workload.BurstyWorkload;
import cloudrl.workload.DiurnalWorkload;

import java.util.Locale;
import java.util.Objects;

/**
 * The environment as an exact finite-horizon Markov decision process: the configuration's dynamics,
 * a {@link TrafficChain} for the request rates and a {@link RewardFunction}. The reward and the
 * instability of every (servers, rate) pair that can occur are tabulated once, with exactly the
 * arithmetic {@code CloudEnvironment.step} uses.
 *
 * <p>The servers dimension is bounded by reachability, which holds for any reward: each step
 * changes the count by at most one, so after {@code t} steps from {@code initialServers} the count
 * lies in {@code [max(1, initialServers - t), min(maxServers, initialServers + t)]}, and no larger or
 * smaller count can ever be visited within {@code maxSteps}.
 */
public final class ScalingMdp {

    /** Most (servers, rate) pairs tabulated; larger processes are refused with the reason. */
    public static final long MAX_TABLE_CELLS = 5_000_000;

    private final EnvironmentConfig config;
    private final FleetDynamics dynamics;
    private final TrafficChain traffic;
    private final RewardFunction reward;
    private final int lowestServers;
    private final int highestServers;
    private final int lowestRate;
    private final int rateSpan;
    private final double[] rewards;
    private final boolean[] unstable;

    /**
     * @throws IllegalArgumentException when the tables would exceed {@link #MAX_TABLE_CELLS} or the
     *                                  reward function gives a value outside [0, 1]
     */
    public ScalingMdp(EnvironmentConfig config, TrafficChain traffic, RewardFunction reward) {
        this.config = Objects.requireNonNull(config, "config");
        this.dynamics = FleetDynamics.reference(config);
        this.traffic = Objects.requireNonNull(traffic, "traffic");
        this.reward = Objects.requireNonNull(reward, "reward");
        if (traffic.stateCount() < 1) {
            throw new IllegalArgumentException("traffic " + traffic.name() + " has " + traffic.stateCount()
                    + " workload states: needs at least one");
        }
        this.lowestServers = lowestServers(config.maxSteps());
        this.highestServers = highestServers(config.maxSteps());
        int lowRate = traffic.atReset().lowestRate();
        int highRate = traffic.atReset().highestRate();
        for (int state = 0; state < traffic.stateCount(); state++) {
            lowRate = Math.min(lowRate, traffic.from(state).lowestRate());
            highRate = Math.max(highRate, traffic.from(state).highestRate());
        }
        this.lowestRate = lowRate;
        long span = (long) highRate - lowRate + 1;
        long cells = span * serverCount();
        if (cells > MAX_TABLE_CELLS) {
            throw new IllegalArgumentException("the exact process has " + serverCount() + " server counts x " + span
                    + " request rates = " + cells + " states, more than the " + MAX_TABLE_CELLS
                    + " allowed: lower maxSteps or the workload's spread");
        }
        this.rateSpan = (int) span;
        this.rewards = new double[(int) cells];
        this.unstable = new boolean[(int) cells];
        tabulate();
    }

    /** The process of the reference Gaussian workload, tails cut at {@link GaussianTraffic#DEFAULT_TAIL_MASS}. */
    public static ScalingMdp gaussian(EnvironmentConfig config, GaussianWorkload workload, RewardFunction reward) {
        return new ScalingMdp(config, GaussianTraffic.of(workload), reward);
    }

    /**
     * Whether {@link #of(CloudEnvironment)} can model {@code environment} exactly: its workload is the
     * Gaussian one or {@code diurnal}.
     */
    public static boolean covers(CloudEnvironment environment) {
        return environment.dynamics().reference()
                && (environment.workload() instanceof GaussianWorkload || environment.workload() instanceof DiurnalWorkload);
    }

    /**
     * The exact process of {@code environment}: its configuration, its reward function and its
     * traffic as a chain.
     *
     * @throws IllegalArgumentException when its workload is not covered (see {@link #covers}), or the
     *                                  process is too large to tabulate
     */
    public static ScalingMdp of(CloudEnvironment environment) {
        requireReference(environment);
        EnvironmentConfig config = environment.config();
        if (environment.workload() instanceof GaussianWorkload gaussian) {
            return gaussian(config, gaussian, environment.rewardFunction());
        }
        if (environment.workload() instanceof DiurnalWorkload diurnal) {
            return new ScalingMdp(config, DiurnalTraffic.of(diurnal, config.maxSteps()), environment.rewardFunction());
        }
        throw new IllegalArgumentException("the exact process covers the Gaussian and diurnal workloads only, not "
                + environment.workload().getClass().getSimpleName());
    }

    /**
     * Whether {@code environment}'s traffic has a regime the policy cannot see ({@code bursty}): not
     * covered by {@link #of}, but {@link #withRegimeRevealed} gives an upper bound.
     */
    public static boolean hasHiddenRegime(CloudEnvironment environment) {
        return environment.dynamics().reference() && environment.workload() instanceof BurstyWorkload;
    }

    /**
     * The process of a {@code bursty} environment with its regime revealed to the decision maker. Its
     * plan's expected return is an upper bound on any policy's (one that sees only the observation can
     * do no better than one also told the regime), not an optimum; the plan cannot be played.
     * Policies that decide from the observation alone are evaluated exactly on it.
     *
     * @throws IllegalArgumentException when the workload is not {@code bursty} (see {@link #hasHiddenRegime})
     */
    public static ScalingMdp withRegimeRevealed(CloudEnvironment environment) {
        requireReference(environment);
        if (!(environment.workload() instanceof BurstyWorkload bursty)) {
            throw new IllegalArgumentException("only the bursty workload has a regime to reveal, not "
                    + environment.workload().getClass().getSimpleName());
        }
        return new ScalingMdp(environment.config(), BurstyTraffic.of(bursty), environment.rewardFunction());
    }

    /** Whether {@link #approximate} can model {@code environment}: its workload is {@code ar1}. */
    public static boolean hasApproximation(CloudEnvironment environment) {
        return environment.dynamics().reference() && environment.workload() instanceof Ar1Workload;
    }

    /**
     * An approximate process of an {@code ar1} environment, over (step, servers, last rate); see
     * {@link Ar1Traffic} for what is assumed. Its plan can be played, but its figures are not exact.
     *
     * @throws IllegalArgumentException when the workload is not {@code ar1}
     */
    public static ScalingMdp approximate(CloudEnvironment environment) {
        requireReference(environment);
        ApproximationSize size = approximationSize(environment);
        if (!size.fits()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the approximate ar1 chain of a process with"
                    + " standard deviation %s would take about %.1e expectation terms to plan, more than the %d"
                    + " allowed; a standard deviation of at most %.3g fits", size.stdDev(), size.work(),
                    OptimalPlanner.MAX_WORK, size.largestStdDev()));
        }
        Ar1Workload ar1 = (Ar1Workload) environment.workload();
        return new ScalingMdp(environment.config(), Ar1Traffic.of(ar1), environment.rewardFunction());
    }

    /**
     * How large planning {@link #approximate} would be for {@code environment}, estimated from its
     * workload's parameters before anything is built, so a too-wide process is refused at once.
     *
     * @param stdDev        the ar1 process's standard deviation
     * @param work          the estimated expectation terms of its plan (an upper estimate)
     * @param largestStdDev the largest standard deviation whose plan fits {@link OptimalPlanner#MAX_WORK}
     */
    public record ApproximationSize(double stdDev, double work, double largestStdDev) {
        /** Whether the plan fits {@link OptimalPlanner#MAX_WORK}. */
        public boolean fits() {
            return work <= OptimalPlanner.MAX_WORK;
        }
    }

    /**
     * @throws IllegalArgumentException when the workload is not {@code ar1}
     */
    public static ApproximationSize approximationSize(CloudEnvironment environment) {
        if (!(environment.workload() instanceof Ar1Workload ar1)) {
            throw new IllegalArgumentException("only the ar1 workload has an approximate chain, not "
                    + environment.workload().getClass().getSimpleName());
        }
        EnvironmentConfig config = environment.config();
        return new ApproximationSize(ar1.stdDev(), Ar1Traffic.estimatedWork(ar1, config),
                Ar1Traffic.largestStdDev(ar1, config, OptimalPlanner.MAX_WORK));
    }

    private static void requireReference(CloudEnvironment environment) {
        if (!environment.dynamics().reference()) {
            throw new IllegalArgumentException("the exact planner covers the reference dynamics (one server type,"
                    + " instant boot, +/-1 server, no constraints) only");
        }
    }

    private void tabulate() {
        for (int servers = lowestServers; servers <= highestServers; servers++) {
            for (int rate = lowestRate; rate < lowestRate + rateSpan; rate++) {
                double cpu = config.cpuUtilisation(rate, servers);
                double memory = config.memoryUtilisation(rate, servers);
                double value = reward.reward(cpu, memory, rate, servers);
                if (!(value >= 0 && value <= 1)) {
                    throw new IllegalArgumentException("reward " + reward.getClass().getSimpleName() + " gave " + value
                            + " for " + servers + " servers at rate " + rate + ": rewards must be in [0, 1]");
                }
                int cell = cell(servers, rate);
                rewards[cell] = value;
                unstable[cell] = config.unstable(cpu, memory);
            }
        }
    }

    public EnvironmentConfig config() {
        return config;
    }

    public TrafficChain traffic() {
        return traffic;
    }

    public RewardFunction rewardFunction() {
        return reward;
    }

    /** Steps per episode: the horizon. */
    public int maxSteps() {
        return config.maxSteps();
    }

    /** Fewest servers possible after {@code step} steps. */
    public int lowestServers(int step) {
        return (int) Math.max(1L, (long) config.initialServers() - step);
    }

    /** Most servers possible after {@code step} steps. */
    public int highestServers(int step) {
        return (int) Math.min(config.maxServers(), (long) config.initialServers() + step);
    }

    /** Fewest servers any step of an episode can reach. */
    public int lowestServers() {
        return lowestServers;
    }

    /** Most servers any step of an episode can reach. */
    public int highestServers() {
        return highestServers;
    }

    /** The smallest request rate the traffic's draws list. */
    public int lowestRate() {
        return lowestRate;
    }

    /** The largest request rate the traffic's draws list. */
    public int highestRate() {
        return lowestRate + rateSpan - 1;
    }

    /** Number of server counts in {@code [lowestServers(), highestServers()]}. */
    public int serverCount() {
        return highestServers - lowestServers + 1;
    }

    /**
     * How far the truncated tails can move any expected return. The tables leave out a mass
     * {@code m0} of the reset draw and at most {@code m} of each later draw; a left-out outcome at the
     * draw of step {@code t} can cost at most its own reward and all later ones, {@code maxSteps - t + 1}
     * (and {@code maxSteps} at reset), because rewards lie in [0, 1]. Summed:
     * {@code m0 · T + m · T (T + 1) / 2}. Every expected return computed here is at most this much
     * below the exact one and never above it.
     */
    public double truncationErrorBound() {
        double perStep = 0;
        for (int state = 0; state < traffic.stateCount(); state++) {
            perStep = Math.max(perStep, traffic.from(state).missingMass());
        }
        double horizon = maxSteps();
        return traffic.atReset().missingMass() * horizon + perStep * horizon * (horizon + 1) / 2;
    }

    /** Servers after {@code action} from {@code servers}, by the dynamics core's rule. */
    int serversAfter(int servers, Action action) {
        return dynamics.referenceServers(servers, action.index());
    }

    /** The reward of the state with {@code servers} at {@code rate}. */
    double reward(int servers, int rate) {
        return rewards[cell(servers, rate)];
    }

    /** Whether the state with {@code servers} at {@code rate} ends the episode. */
    boolean unstable(int servers, int rate) {
        return unstable[cell(servers, rate)];
    }

    /** What a policy sees in the state with {@code servers} at {@code rate}. */
    Observation observation(int servers, int rate) {
        return new Observation(config.cpuUtilisation(rate, servers), config.memoryUtilisation(rate, servers), rate,
                servers);
    }

    /** Expectation terms one backward sweep evaluates: server counts x outcomes of the states possible at each step. */
    long sweepWork() {
        long outcomes = 0;
        for (int step = 0; step < maxSteps(); step++) {
            for (int state = 0; state < traffic.stateCount(); state++) {
                if (traffic.possibleAfter(step, state)) {
                    outcomes += traffic.from(state).size();
                }
            }
        }
        return serverCount() * outcomes;
    }

    private int cell(int servers, int rate) {
        return (servers - lowestServers) * rateSpan + (rate - lowestRate);
    }
}
