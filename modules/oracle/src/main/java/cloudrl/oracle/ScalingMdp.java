package cloudrl.oracle;

import cloudrl.api.MarkovWorkload;
import cloudrl.api.Observation;
import cloudrl.api.RewardFunction;
import cloudrl.api.TrafficChain;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.EnvironmentConfig;
import cloudrl.env.FleetDynamics;
import cloudrl.env.FleetLayers;
import cloudrl.env.FleetState;
import cloudrl.env.GaussianWorkload;

import java.util.Objects;

/**
 * An environment as an exact finite-horizon Markov decision process over (step, fleet state,
 * workload state): its {@link FleetDynamics}, a {@link TrafficChain} for the request rates and a
 * {@link RewardFunction}. The fleet states are those {@link FleetLayers} reaches by stepping the
 * dynamics itself; the reward and the end of the episode for every (fleet state, rate) pair are
 * tabulated once by the same {@code FleetDynamics.step}, {@code reward} and {@code terminates} the
 * environment runs, so there is one step rule.
 *
 * <p>The fleet is bounded by reachability, which holds for any reward: only states some sequence of
 * at most {@code maxSteps} actions reaches are listed. For the reference dynamics that is the
 * counts {@code [max(1, initialServers - t), min(maxServers, initialServers + t)]} after {@code t} steps.
 *
 * <p>Under a budget the cost spent so far, in whole cost units, is part of the fleet state
 * ({@code cloudrl.env.SpentCost}), and the moves are recorded per step, since a budget that refuses additions
 * reads the steps left. Exact as long as the reward and the constraints read the step's fleet, the
 * cost spent and the rate only, not the rest of the episode's history (violations counted, the step
 * number): true of every built-in reward and constraint.
 */
public final class ScalingMdp {

    /** Most (fleet state, rate) pairs tabulated; larger processes are refused with the reason. */
    public static final long MAX_TABLE_CELLS = 5_000_000;

    private final FleetDynamics dynamics;
    private final TrafficChain traffic;
    private final RewardFunction reward;
    private final FleetLayers fleet;
    private final int lowestRate;
    private final int rateSpan;
    private final double[] rewards;
    private final boolean[] ends;

    /** The reference dynamics under {@code config}. */
    public ScalingMdp(EnvironmentConfig config, TrafficChain traffic, RewardFunction reward) {
        this(FleetDynamics.reference(config), traffic, reward);
    }

    /**
     * @throws IllegalArgumentException when the fleet or the tables would be too large, the reward
     *                                  gives a value outside [0, 1], or the fleet's move depends on the rate
     */
    public ScalingMdp(FleetDynamics dynamics, TrafficChain traffic, RewardFunction reward) {
        this.dynamics = Objects.requireNonNull(dynamics, "dynamics");
        this.traffic = Objects.requireNonNull(traffic, "traffic");
        this.reward = Objects.requireNonNull(reward, "reward");
        if (traffic.stateCount() < 1) {
            throw new IllegalArgumentException("traffic " + traffic.name() + " has " + traffic.stateCount()
                    + " workload states: needs at least one");
        }
        if (dynamics.actionSpace().n() > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("the scheme has " + dynamics.actionSpace().n() + " actions: the oracle"
                    + " plans over at most " + Byte.MAX_VALUE);
        }
        int lowRate = traffic.atReset().lowestRate();
        int highRate = traffic.atReset().highestRate();
        for (int state = 0; state < traffic.stateCount(); state++) {
            lowRate = Math.min(lowRate, traffic.from(state).lowestRate());
            highRate = Math.max(highRate, traffic.from(state).highestRate());
        }
        this.lowestRate = lowRate;
        long span = (long) highRate - lowRate + 1;
        this.fleet = new FleetLayers(dynamics, dynamics.config().maxSteps());
        long cells = span * fleet.size();
        if (cells > MAX_TABLE_CELLS) {
            throw new IllegalArgumentException("the exact process has " + fleet.size() + " fleet states x " + span
                    + " request rates = " + cells + " states, more than the " + MAX_TABLE_CELLS
                    + " allowed: lower maxSteps, maxServers or the workload's spread");
        }
        this.rateSpan = (int) span;
        this.rewards = new double[(int) cells];
        this.ends = new boolean[(int) cells];
        tabulate();
    }

    /** The process of a Gaussian workload on the reference dynamics, tails cut at {@link TrafficChain#DEFAULT_TAIL_MASS}. */
    public static ScalingMdp gaussian(EnvironmentConfig config, GaussianWorkload workload, RewardFunction reward) {
        return new ScalingMdp(config, workload.chain(config.maxSteps()), reward);
    }

    /** Whether the oracle solves {@code environment} exactly and can play its plan: {@code OracleCoverage.of(environment).exact()}. */
    public static boolean covers(CloudEnvironment environment) {
        return OracleCoverage.of(environment).exact();
    }

    /**
     * The process of {@code environment}: its dynamics, its reward function and its workload's chain
     * (exact, an upper bound or approximate, as {@link OracleCoverage#of} says and {@link #coverage()} repeats).
     *
     * @throws IllegalArgumentException when the environment is not covered (with {@link OracleCoverage#of}'s
     *                                  reason), or the process is too large to tabulate
     */
    public static ScalingMdp of(CloudEnvironment environment) {
        OracleCoverage coverage = OracleCoverage.of(environment);
        if (!coverage.solved()) {
            throw new IllegalArgumentException("the oracle does not cover this environment: " + coverage.reason());
        }
        TrafficChain chain = ((MarkovWorkload) environment.workload()).chain(environment.config().maxSteps());
        return new ScalingMdp(environment.dynamics(), chain, environment.rewardFunction());
    }

    private void tabulate() {
        FleetState probe = dynamics.newState();
        int[] scratch = new int[dynamics.fleet().typeCount()];
        for (int state = 0; state < fleet.size(); state++) {
            if (!fleet.entered(state)) {
                continue; // the reset state, when no step leads back to it: never scored
            }
            for (int rate = lowestRate; rate < lowestRate + rateSpan; rate++) {
                fleet.enter(state, rate, probe, scratch);
                double value = dynamics.reward(probe, reward);
                if (!(value >= 0 && value <= 1)) {
                    throw new IllegalArgumentException("reward " + reward.getClass().getSimpleName() + " gave " + value
                            + " for " + describe(state) + " at rate " + rate + ": rewards must be in [0, 1]");
                }
                int cell = cell(state, rate);
                rewards[cell] = value;
                ends[cell] = dynamics.terminates(probe);
            }
        }
    }

    private String describe(int state) {
        FleetState fleetState = fleet.state(state);
        return fleetState.activeServers() + " serving and " + fleetState.bootingServers() + " booting servers";
    }

    public EnvironmentConfig config() {
        return dynamics.config();
    }

    /** The dynamics this process steps. */
    public FleetDynamics dynamics() {
        return dynamics;
    }

    public TrafficChain traffic() {
        return traffic;
    }

    public RewardFunction rewardFunction() {
        return reward;
    }

    /** What the traffic chain makes the figures: exact, an upper bound or approximate. */
    public TrafficChain.Coverage coverage() {
        return traffic.coverage();
    }

    /** Steps per episode: the horizon. */
    public int maxSteps() {
        return dynamics.config().maxSteps();
    }

    /** Number of fleet states reachable within the horizon; state 0 is the reset state. */
    public int fleetCount() {
        return fleet.size();
    }

    /** Actions the scheme offers. */
    public int actionCount() {
        return fleet.actions();
    }

    /** Fewest serving servers possible after {@code step} steps. */
    public int lowestServers(int step) {
        int lowest = Integer.MAX_VALUE;
        for (int state : fleet.layer(step)) {
            lowest = Math.min(lowest, fleet.state(state).activeServers());
        }
        return lowest;
    }

    /** Most serving servers possible after {@code step} steps. */
    public int highestServers(int step) {
        int highest = 0;
        for (int state : fleet.layer(step)) {
            highest = Math.max(highest, fleet.state(state).activeServers());
        }
        return highest;
    }

    /** Fewest serving servers any step of an episode can reach. */
    public int lowestServers() {
        int lowest = Integer.MAX_VALUE;
        for (int step = 0; step <= maxSteps(); step++) {
            lowest = Math.min(lowest, lowestServers(step));
        }
        return lowest;
    }

    /** Most serving servers any step of an episode can reach. */
    public int highestServers() {
        int highest = 0;
        for (int step = 0; step <= maxSteps(); step++) {
            highest = Math.max(highest, highestServers(step));
        }
        return highest;
    }

    /** The smallest request rate the traffic's draws list. */
    public int lowestRate() {
        return lowestRate;
    }

    /** The largest request rate the traffic's draws list. */
    public int highestRate() {
        return lowestRate + rateSpan - 1;
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

    /** Whether fleet state {@code state} can occur after {@code step} steps. */
    boolean possible(int state, int step) {
        return fleet.possible(state, step);
    }

    /** The fleet states possible after {@code step} steps, sorted: not to be changed. */
    int[] layer(int step) {
        return fleet.layer(step);
    }

    /** Whether a step can end in fleet state {@code state}: only those have rewards. */
    boolean entered(int state) {
        return fleet.entered(state);
    }

    /** Whether a constraint ends the episode on every step into {@code state} (a spent budget): no decision follows. */
    boolean terminal(int state) {
        return fleet.terminal(state);
    }

    /**
     * The fleet state {@code action} leads to from {@code state} after {@code step} steps, as
     * {@code FleetDynamics.step} moves it (a budget that refuses additions reads the steps left).
     */
    int next(int step, int state, int action) {
        return fleet.next(step, state, action);
    }

    /** {@link #next} for the state at {@code position} of {@link #layer}{@code (step)}, without the search. */
    int move(int step, int position, int action) {
        return fleet.move(step, position, action);
    }

    /** The reward of a step that enters fleet state {@code state} at {@code rate}. */
    double reward(int state, int rate) {
        return rewards[cell(state, rate)];
    }

    /** Whether a step that enters fleet state {@code state} at {@code rate} ends the episode. */
    boolean ends(int state, int rate) {
        return ends[cell(state, rate)];
    }

    /** The fleet state {@code state} holds, or -1 when no episode reaches it within the horizon. */
    int indexOf(FleetState state) {
        return fleet.indexOf(state);
    }

    /** A fleet state's serving servers. */
    int servers(int state) {
        return fleet.state(state).activeServers();
    }

    /**
     * The fleet state with {@code servers} serving, nothing booting and no cooldown, or -1: how a
     * reference fleet, whose state is its count, is looked up (-1 under a budget, where the cost spent
     * is part of the state too).
     */
    int withServers(int servers) {
        if (dynamics.fleet().typeCount() != 1 || servers < 1 || dynamics.budget() < Double.POSITIVE_INFINITY) {
            return -1;
        }
        for (int state = 0; state < fleet.size(); state++) {
            FleetState candidate = fleet.state(state);
            if (candidate.activeServers() == servers && candidate.bootingServers() == 0 && candidate.cooldownLeft() == 0) {
                return state;
            }
        }
        return -1;
    }

    /**
     * What a policy sees in fleet state {@code state} at {@code rate}: on the reference dynamics the four
     * values of the count and the rate; otherwise the dynamics' observation of a step into the state at
     * that rate (at reset, for a reset state no step enters), which is the policy's whenever every feature
     * follows from the fleet state and the cost spent ({@link PolicyEvaluation#covers}).
     */
    Observation observation(int state, int rate) {
        if (dynamics.reference()) {
            int servers = servers(state);
            EnvironmentConfig config = config();
            return new Observation(config.cpuUtilisation(rate, servers), config.memoryUtilisation(rate, servers), rate,
                    servers);
        }
        FleetState probe = dynamics.newState();
        if (fleet.entered(state)) {
            fleet.enter(state, rate, probe, new int[dynamics.fleet().typeCount()]);
        } else {
            dynamics.reset(probe, rate);
        }
        return dynamics.observation(probe);
    }

    /** Expectation terms one backward sweep evaluates: fleet states x outcomes of the states possible at each step. */
    long sweepWork() {
        long outcomes = 0;
        for (int step = 0; step < maxSteps(); step++) {
            for (int state = 0; state < traffic.stateCount(); state++) {
                if (traffic.possibleAfter(step, state)) {
                    outcomes += traffic.from(state).size();
                }
            }
        }
        return (long) fleet.size() * outcomes;
    }

    private int cell(int state, int rate) {
        return state * rateSpan + (rate - lowestRate);
    }
}
