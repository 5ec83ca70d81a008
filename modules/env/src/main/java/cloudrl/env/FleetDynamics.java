package cloudrl.env;

import cloudrl.api.ActionScheme;
import cloudrl.api.Box;
import cloudrl.api.Constraint;
import cloudrl.api.Discrete;
import cloudrl.api.FleetModel;
import cloudrl.api.Observation;
import cloudrl.api.ObservationFeature;
import cloudrl.api.RewardBreakdown;
import cloudrl.api.RewardFunction;
import cloudrl.api.ServerType;
import cloudrl.env.fleet.UnitScheme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a step does to the fleet, in one place: the action's order, the boot queue, the quota, the
 * constraints, the cost, and the utilisation, latency and instability the serving servers give.
 * {@link CloudEnvironment}, {@link VectorEnv} and the oracle all step through it.
 *
 * <p>A step, in order: (1) during a cooldown the action's order is ignored; (2) the scheme says
 * how many servers of each type to add or remove; (3) removals take serving servers only, never
 * the last one, and booting servers are not touched; (4) each addition goes ahead only within the
 * quota ({@code maxServers}, serving and booting) and when every constraint allows it, and enters
 * the boot queue with {@code bootSteps} to go; (5) every queued server's count goes down by one,
 * and those at 0 serve from this step; (6) the step's cost is what the serving and booting servers
 * cost; (7) utilisation, latency and instability come from the serving servers; (8) constraints
 * count violations and may end the episode.
 *
 * <p>Immutable and shared; the state lives in {@link FleetState}.
 */
public final class FleetDynamics {

    /** Most booting servers per type an outcome table row covers; more are computed directly. */
    private static final int OUTCOME_BOOTING = 7;
    /** Most fleet rows an outcome table has. */
    private static final int OUTCOME_ROWS = 1 << 14;

    /** The reference server's cost per step: the seed reward's 0.05 per server. */
    public static final double REFERENCE_SERVER_COST = cloudrl.reward.SeedShapedReward.REFERENCE_COST_WEIGHT;

    private final EnvironmentConfig config;
    private final FleetModel fleet;
    private final ActionScheme scheme;
    private final List<Constraint> constraints;
    private final List<ObservationFeature> features;
    private final int[] initialServers;
    private final Discrete actionSpace;
    private final Box observationSpace;
    private final List<String> featureNames;
    private final double budget;
    private final double[] capacity;
    private final double[] cost;
    private final boolean plain;
    private final boolean reference;
    private final boolean reportsViolations;
    private final String[] typeServerNames;
    // the hot loops read these arrays and counts rather than the lists and the fleet model
    private final Constraint[] constraintArray;
    private final ObservationFeature[] featureArray;
    private final int types;
    private final int bootSteps;
    private final int cooldownSteps;
    private final int maxServers;
    private final int initialTotal;
    private final int actionCount;
    // the outcome table's rows: serving servers 0 .. outcomeServers and booting 0 .. outcomeBooting per type
    private final int outcomeServers;
    private final int outcomeBooting;
    private final int outcomeRows;

    /**
     * @param config         the service's physics and the episode's length; its {@code maxServers} must
     *                       equal the fleet's
     * @param fleet          server types, boot delay, cooldown, quota
     * @param scheme         what the action indices mean
     * @param constraints    asked in this order
     * @param features       the observation's features after the reference four
     * @param initialServers serving servers of each type at reset
     * @throws IllegalArgumentException when the parts do not fit together, naming what and what is allowed
     */
    public FleetDynamics(EnvironmentConfig config, FleetModel fleet, ActionScheme scheme, List<Constraint> constraints,
                         List<ObservationFeature> features, int[] initialServers) {
        this.config = Objects.requireNonNull(config, "config");
        this.fleet = Objects.requireNonNull(fleet, "fleet");
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.constraints = List.copyOf(constraints);
        this.features = List.copyOf(features);
        this.initialServers = initialServers.clone();
        this.constraintArray = this.constraints.toArray(new Constraint[0]);
        this.featureArray = this.features.toArray(new ObservationFeature[0]);
        this.types = fleet.typeCount();
        this.bootSteps = fleet.bootSteps();
        this.cooldownSteps = fleet.cooldownSteps();
        this.maxServers = fleet.maxServers();
        if (config.maxServers() != fleet.maxServers()) {
            throw new IllegalArgumentException("maxServers " + config.maxServers() + " of the configuration differs from"
                    + " the fleet's " + fleet.maxServers());
        }
        if (initialServers.length != fleet.typeCount()) {
            throw new IllegalArgumentException("initialServers has " + initialServers.length
                    + " counts but the fleet has " + fleet.typeCount() + " server types: give one count per type");
        }
        long total = 0;
        for (int count : initialServers) {
            if (count < 0) {
                throw new IllegalArgumentException("initialServers " + java.util.Arrays.toString(initialServers)
                        + " is not allowed: no count may be negative");
            }
            total += count;
        }
        this.initialTotal = (int) total;
        if (total < 1 || total > fleet.maxServers()) {
            throw new IllegalArgumentException("initialServers " + total + " is not allowed: must be between 1 and"
                    + " the quota maxServers (" + fleet.maxServers() + ")");
        }
        this.actionSpace = new Discrete(scheme.labels(fleet).size(), scheme.labels(fleet));
        this.actionCount = actionSpace.n();
        this.outcomeServers = Math.min(StateOutcomes.SERVERS, fleet.maxServers());
        this.outcomeBooting = fleet.bootSteps() == 1 ? 0 : OUTCOME_BOOTING;
        long rows = 1;
        for (int type = 0; type < fleet.typeCount() && rows <= OUTCOME_ROWS; type++) {
            rows *= (long) (outcomeServers + 1) * (outcomeBooting + 1);
        }
        // so many types that the table could not be small: every state is computed directly
        this.outcomeRows = rows <= OUTCOME_ROWS ? (int) rows : 0;
        this.capacity = new double[fleet.typeCount()];
        this.cost = new double[fleet.typeCount()];
        for (int type = 0; type < fleet.typeCount(); type++) {
            capacity[type] = fleet.type(type).capacity();
            cost[type] = fleet.type(type).cost();
        }
        double smallestBudget = Double.POSITIVE_INFINITY;
        for (Constraint constraint : constraints) {
            smallestBudget = Math.min(smallestBudget, constraint.budget());
        }
        this.budget = smallestBudget;
        // the four-value reward and the (rate, servers) tables hold for the reference server alone
        this.plain = fleet.typeCount() == 1 && fleet.bootSteps() == 1 && capacity[0] == config.serverCapacity()
                && cost[0] == REFERENCE_SERVER_COST;
        this.reference = plain && fleet.cooldownSteps() == 0 && constraints.isEmpty() && features.isEmpty()
                && scheme instanceof UnitScheme;
        // what the step info reports, worked out once rather than on every step
        this.reportsViolations = constraints.stream().anyMatch(c -> !c.name().equals("budget"));
        this.typeServerNames = new String[fleet.typeCount() > 1 ? fleet.typeCount() : 0];
        for (int type = 0; type < typeServerNames.length; type++) {
            typeServerNames[type] = fleet.type(type).name() + "Servers";
        }
        List<String> names = new ArrayList<>(Observation.REFERENCE_FEATURES);
        float serverBound = fleet.bounded() ? fleet.maxServers() : Float.POSITIVE_INFINITY;
        List<Float> low = new ArrayList<>(List.of(0f, 0f, 0f, 1f));
        List<Float> high = new ArrayList<>(List.of(100f, 100f, Float.POSITIVE_INFINITY, serverBound));
        for (ObservationFeature feature : features) {
            names.add(feature.name());
            low.add(feature.low());
            high.add(feature.high());
        }
        this.featureNames = List.copyOf(names.subList(Observation.SIZE, names.size()));
        float[] lows = new float[names.size()];
        float[] highs = new float[names.size()];
        for (int i = 0; i < lows.length; i++) {
            lows[i] = low.get(i);
            highs[i] = high.get(i);
        }
        this.observationSpace = new Box(names, lows, highs);
        if (budget < Double.POSITIVE_INFINITY && startCost() > budget) {
            throw new IllegalArgumentException("the budget " + budget + " cannot pay the initial fleet's first step ("
                    + startCost() + "): raise the budget or start with fewer servers");
        }
    }

    /** The reference dynamics under {@code config}: one server type of its capacity, instant boot, ±1 server. */
    public static FleetDynamics reference(EnvironmentConfig config) {
        ServerType server = new ServerType("standard", config.serverCapacity(), REFERENCE_SERVER_COST);
        FleetModel fleet = new FleetModel(List.of(server), 1, 0, config.maxServers());
        return new FleetDynamics(config, fleet, new UnitScheme(), List.of(), List.of(),
                new int[] {config.initialServers()});
    }

    public EnvironmentConfig config() {
        return config;
    }

    public FleetModel fleet() {
        return fleet;
    }

    public ActionScheme scheme() {
        return scheme;
    }

    public List<Constraint> constraints() {
        return constraints;
    }

    public List<ObservationFeature> features() {
        return features;
    }

    /** Serving servers of each type at reset: a copy. */
    public int[] initialServers() {
        return initialServers.clone();
    }

    /** {@code Discrete(n)} with the scheme's labels. */
    public Discrete actionSpace() {
        return actionSpace;
    }

    /** The reference four features' bounds, then each feature's. */
    public Box observationSpace() {
        return observationSpace;
    }

    /** Values in one observation. */
    public int observationSize() {
        return Observation.SIZE + features.size();
    }

    /** The smallest budget among the constraints; infinite without one. */
    public double budget() {
        return budget;
    }

    /**
     * Whether the fleet is the reference server alone (one type of the configuration's capacity and
     * the reference cost, instant boot): then a state's utilisation, latency and reward depend on the
     * request rate and the serving count alone, and the four-value reward is the one called.
     */
    public boolean plain() {
        return plain;
    }

    /** Whether this is exactly the reference problem's dynamics (the step info then reports no fleet extras). */
    public boolean reference() {
        return reference;
    }

    /**
     * The serving servers after {@code action} from {@code servers} on the {@link #reference()}
     * dynamics, where the fleet is one count: what {@link #step} does there, for the vector
     * environment's array path (a property test holds the two equal).
     */
    public int referenceServers(int servers, int action) {
        return Math.min(maxServers, Math.max(1, servers + action - 1));
    }

    /**
     * Whether an observation shows the whole fleet: one server type, instant boot, no cooldown and
     * no constraint that remembers (a budget): then a planner may take the fleet from the observation
     * instead of tracking it.
     */
    public boolean observable() {
        return fleet.typeCount() == 1 && fleet.bootSteps() == 1 && fleet.cooldownSteps() == 0
                && budget == Double.POSITIVE_INFINITY;
    }

    /**
     * Puts {@code state} where {@code observation} says the fleet is after {@code step} steps, on an
     * {@link #observable()} fleet.
     *
     * @throws IllegalStateException when the fleet is not observable
     */
    public void seat(FleetState state, int step, cloudrl.api.Observation observation) {
        if (!observable()) {
            throw new IllegalStateException("the observation does not show the whole fleet: track it by stepping");
        }
        reset(state, observation.requestRate());
        state.active[0] = observation.servers();
        state.serving = observation.servers();
        state.step = step;
        serve(state, observation.requestRate());
    }

    /** A new state, to be {@link #reset} before use. */
    public FleetState newState() {
        return new FleetState(fleet.typeCount(), fleet.bootSteps(), config.maxSteps(), budget);
    }

    /**
     * The one-line refusal of an action outside the action space, or nothing.
     *
     * @throws IllegalArgumentException naming the action and the allowed ones with their labels
     */
    public void requireAction(int action) {
        if (action < 0 || action >= actionCount) {
            throw new IllegalArgumentException(actionSpace.invalid(action));
        }
    }

    /** Starts an episode: the initial fleet serving, nothing booting, nothing spent, the reset's {@code requestRate}. */
    public void reset(FleetState state, int requestRate) {
        reset(state, requestRate, null);
    }

    /** {@link #reset(FleetState, int)} with the utilisation and latency read from {@code outcomes} where it holds them. */
    void reset(FleetState state, int requestRate, StateOutcomes outcomes) {
        System.arraycopy(initialServers, 0, state.active, 0, initialServers.length);
        int[] queue = state.queue;
        for (int slot = 0; slot < queue.length; slot++) {
            queue[slot] = 0;
        }
        state.serving = initialTotal;
        state.booting = 0;
        state.step = 0;
        state.action = -1;
        state.cooldownLeft = 0;
        state.costSoFar = 0;
        state.violations = 0;
        state.violated = false;
        state.constraintEnded = false;
        settle(state, requestRate, outcomes);
        // nothing is paid at reset, and the step's entry (which holds a step's cost) is not the reset's
        state.stepCost = 0;
        state.outcomes = null;
    }

    private double startCost() {
        double sum = 0;
        for (int type = 0; type < initialServers.length; type++) {
            sum += initialServers[type] * cost[type];
        }
        return sum;
    }

    /**
     * Applies {@code action} and the step's {@code requestRate} to {@code state}: the whole step rule
     * (see the class comment). Allocates nothing.
     *
     * @throws IllegalArgumentException when the action is not in the action space; the state is unchanged then
     */
    public void step(FleetState state, int action, int requestRate, int[] scratch) {
        step(state, action, requestRate, scratch, null);
    }

    /**
     * {@link #step(FleetState, int, int, int[])} with the step's outcome (cost, utilisation, latency,
     * instability) read from {@code outcomes} where it holds the state, and written there the first
     * time: the same values, without recomputing them. {@code null} computes every outcome.
     */
    void step(FleetState state, int action, int requestRate, int[] scratch, StateOutcomes outcomes) {
        requireAction(action);
        // each part its own small method, so that the compiler inlines the whole step into the loops
        // that call it and keeps the cold parts (constraints, several types) out of the way
        order(state, action, scratch);
        boolean scaled = remove(state, scratch);
        scaled |= constraintArray.length == 0 ? addWithinQuota(state, scratch) : addAsAllowed(state, scratch);
        if (cooldownSteps > 0 && scaled) {
            state.cooldownLeft = cooldownSteps;
        }
        countDown(state);
        advance(state, action, requestRate, outcomes);
        if (constraintArray.length > 0) {
            judge(state);
        }
    }

    /**
     * {@link #step(FleetState, int, int, int[], StateOutcomes)} on the {@link #reference()} dynamics,
     * whose fleet is one count that {@link #referenceServers} moves (nothing boots, nothing cools
     * down, no constraint asks): the state the general rule leaves, in fewer moves, for the single
     * environment's hot loop.
     */
    void stepReference(FleetState state, int action, int requestRate, StateOutcomes outcomes) {
        requireAction(action);
        int servers = referenceServers(state.serving, action);
        state.active[0] = servers;
        state.serving = servers;
        advance(state, action, requestRate, outcomes);
    }

    // (6), (7), the part every step shares: the step counted, its cost, utilisation, latency and instability settled and paid, its flags cleared
    private void advance(FleetState state, int action, int requestRate, StateOutcomes outcomes) {
        state.step++;
        state.action = action;
        settle(state, requestRate, outcomes);
        state.costSoFar += state.stepCost;
        state.violated = false;
        state.constraintEnded = false;
    }

    // (1), (2): what the action asks for, nothing during a cooldown
    private void order(FleetState state, int action, int[] scratch) {
        for (int type = 0; type < types; type++) {
            scratch[type] = 0;
        }
        if (state.cooldownLeft > 0) {
            state.cooldownLeft--;
        } else {
            scheme.order(action, state, scratch);
        }
    }

    // (3) removals; the orders are close to coin tosses, so the counts are worked out without
    // branches where they can be (a mispredicted branch costs about as much as the rest of a step)
    private boolean remove(FleetState state, int[] scratch) {
        boolean scaled = false;
        int serving = state.serving;
        for (int type = 0; type < types; type++) {
            // nothing when the order is not a removal: -scratch[type] <= 0
            int removed = Math.max(0, Math.min(Math.min(-scratch[type], state.active[type]), serving - 1));
            state.active[type] -= removed;
            serving -= removed;
            scaled |= removed > 0;
        }
        state.serving = serving;
        return scaled;
    }

    // (4) without constraints: all the ordered servers that fit the quota
    private boolean addWithinQuota(FleetState state, int[] scratch) {
        boolean scaled = false;
        int held = state.serving + state.booting;
        int slots = bootSteps + 1;
        for (int type = 0; type < types; type++) {
            int added = Math.max(0, Math.min(scratch[type], maxServers - held));
            state.queue[type * slots + bootSteps] += added;
            state.booting += added;
            held += added;
            scaled |= added > 0;
        }
        return scaled;
    }

    // (4) with constraints: one server at a time, each asked of every constraint
    private boolean addAsAllowed(FleetState state, int[] scratch) {
        boolean scaled = false;
        int held = state.serving + state.booting;
        int slots = bootSteps + 1;
        double fleetCost = Double.NaN;
        for (int type = 0; type < types; type++) {
            for (int wanted = scratch[type]; wanted > 0 && held < maxServers; wanted--) {
                if (Double.isNaN(fleetCost)) {
                    // the cost after the removals, before any addition
                    fleetCost = costOf(state);
                }
                if (!constraintsAllow(state, held + 1, fleetCost + cost[type])) {
                    break;
                }
                fleetCost += cost[type];
                state.queue[type * slots + bootSteps]++;
                state.booting++;
                held++;
                scaled = true;
            }
        }
        return scaled;
    }

    // (5) the count-down: everything queued moves one step closer, and what reaches 0 serves now.
    // Slot 0 is empty between steps, so the servers with 1 to go serve and the rest move down one
    private void countDown(FleetState state) {
        int[] queue = state.queue;
        int slots = bootSteps + 1;
        int arrived = 0;
        for (int type = 0; type < types; type++) {
            int base = type * slots;
            int ready = queue[base + 1];
            for (int remaining = 1; remaining < bootSteps; remaining++) {
                queue[base + remaining] = queue[base + remaining + 1];
            }
            queue[base + bootSteps] = 0;
            state.active[type] += ready;
            arrived += ready;
        }
        state.serving += arrived;
        state.booting -= arrived;
    }

    // (8) violations counted, and whether a constraint ends the episode
    private void judge(FleetState state) {
        for (Constraint constraint : constraintArray) {
            state.violated |= constraint.violated(state);
            state.constraintEnded |= constraint.ends(state);
        }
        state.violations += state.violated ? 1 : 0;
    }

    private boolean constraintsAllow(FleetState state, int serversAfter, double stepCostAfter) {
        for (Constraint constraint : constraintArray) {
            if (!constraint.allowsAdding(state, serversAfter, stepCostAfter)) {
                return false;
            }
        }
        return true;
    }

    private double costOf(FleetState state) {
        if (types == 1) {
            // the loop below for one type, 0 + held * cost, with the running totals
            return (state.serving + state.booting) * cost[0];
        }
        double sum = 0;
        int slots = fleet.bootSteps() + 1;
        for (int type = 0; type < fleet.typeCount(); type++) {
            int held = state.active[type];
            for (int remaining = 1; remaining <= fleet.bootSteps(); remaining++) {
                held += state.queue[type * slots + remaining];
            }
            sum += held * cost[type];
        }
        return sum;
    }

    /** Rows an outcome table for this dynamics has: one per fleet it covers (0 when it covers none). */
    int outcomeRows() {
        return outcomeRows;
    }

    // the outcome table's row of the fleet after the step, or -1 when the table does not cover it
    private int outcomeRow(FleetState state) {
        if (types == 1) {
            int serving = state.serving;
            int booting = state.booting;
            return serving <= outcomeServers && booting <= outcomeBooting ? serving + (outcomeServers + 1) * booting : -1;
        }
        if (outcomeRows == 0) {
            return -1;
        }
        int row = 0;
        for (int type = 0; type < types; type++) {
            int serving = state.active[type];
            if (serving > outcomeServers) {
                return -1;
            }
            row = row * (outcomeServers + 1) + serving;
            if (outcomeBooting > 0) {
                int booting = state.bootingServers(type);
                if (booting > outcomeBooting) {
                    return -1;
                }
                row = row * (outcomeBooting + 1) + booting;
            }
        }
        return row;
    }

    // the step's cost, utilisation, latency and instability: from the table where it holds them,
    // else computed (and kept in the table the first time)
    private void settle(FleetState state, int requestRate, StateOutcomes outcomes) {
        int row = outcomes == null || requestRate < 0 || requestRate >= StateOutcomes.RATES ? -1 : outcomeRow(state);
        if (row < 0) {
            state.outcomes = null;
            computeOutcome(state, requestRate);
            return;
        }
        double[] entries = outcomes.row(row);
        int at = requestRate * StateOutcomes.STRIDE;
        int flags = (int) entries[at + StateOutcomes.FLAGS];
        if (flags == 0) {
            fill(state, requestRate, entries, at);
        } else {
            state.requestRate = requestRate;
            state.cpu = entries[at + StateOutcomes.CPU];
            state.memory = entries[at + StateOutcomes.MEMORY];
            state.latency = entries[at + StateOutcomes.LATENCY];
            state.activeCapacity = entries[at + StateOutcomes.CAPACITY];
            state.stepCost = entries[at + StateOutcomes.STEP_COST];
            state.unstable = (flags & StateOutcomes.UNSTABLE_FLAG) != 0;
        }
        state.outcomes = entries;
        state.outcomeAt = at;
    }

    // a state's first visit: computed, and kept in its entry (out of line, so that the hot step stays small)
    private void fill(FleetState state, int requestRate, double[] entries, int at) {
        computeOutcome(state, requestRate);
        entries[at + StateOutcomes.CPU] = state.cpu;
        entries[at + StateOutcomes.MEMORY] = state.memory;
        entries[at + StateOutcomes.LATENCY] = state.latency;
        entries[at + StateOutcomes.CAPACITY] = state.activeCapacity;
        entries[at + StateOutcomes.STEP_COST] = state.stepCost;
        entries[at + StateOutcomes.FLAGS] = StateOutcomes.FILLED | (state.unstable ? StateOutcomes.UNSTABLE_FLAG : 0);
    }

    private void computeOutcome(FleetState state, int requestRate) {
        state.stepCost = costOf(state);
        serve(state, requestRate);
    }

    // utilisation, latency and instability of the serving servers at this rate
    private void serve(FleetState state, int requestRate) {
        state.requestRate = requestRate;
        if (plain) {
            int servers = state.active[0];
            state.activeCapacity = servers * capacity[0];
            state.cpu = config.cpuUtilisation(requestRate, servers);
            state.memory = config.memoryUtilisation(requestRate, servers);
            state.latency = (double) requestRate / servers;
        } else {
            double total = 0;
            for (int type = 0; type < fleet.typeCount(); type++) {
                total += state.active[type] * capacity[type];
            }
            state.activeCapacity = total;
            state.cpu = config.utilisationOf(requestRate * config.cpuPerRequest(), total);
            state.memory = config.utilisationOf(requestRate * config.memoryPerRequest(), total);
            state.latency = fleet.typeCount() == 1 ? (double) requestRate / state.active[0]
                    : requestRate * capacity[0] / total;
        }
        state.unstable = config.unstable(state.cpu, state.memory);
    }

    /** Writes the observation of {@code state} into {@code target} from {@code offset}: the reference four, then the features. */
    public void observe(FleetState state, float[] target, int offset) {
        target[offset] = (float) state.cpu;
        target[offset + 1] = (float) state.memory;
        target[offset + 2] = state.requestRate;
        target[offset + 3] = state.serving;
        ObservationFeature[] features = featureArray;
        for (int i = 0; i < features.length; i++) {
            target[offset + Observation.SIZE + i] = features[i].value(state);
        }
    }

    /** The observation of {@code state} as a value. */
    public Observation observation(FleetState state) {
        float[] extra = new float[features.size()];
        for (int i = 0; i < extra.length; i++) {
            extra[i] = features.get(i).value(state);
        }
        return new Observation(state.cpu, state.memory, state.requestRate, state.activeServers(), featureNames, extra);
    }

    /** The reward of the step {@code state} holds: the four-value form on a plain fleet, the transition otherwise. */
    public double reward(FleetState state, RewardFunction reward) {
        return plain ? reward.reward(state.cpu, state.memory, state.requestRate, state.active[0]) : reward.reward(state);
    }

    /**
     * {@link #reward(FleetState, RewardFunction)} with the table's reward function, handed out again
     * from the table when the state's entry holds it and the reward may be memoised.
     */
    double reward(FleetState state, StateOutcomes outcomes) {
        double[] entries = state.outcomes;
        if (entries == null || !outcomes.rewardsMemoised()) {
            return reward(state, outcomes.reward());
        }
        int at = state.outcomeAt;
        int flags = (int) entries[at + StateOutcomes.FLAGS];
        if ((flags & StateOutcomes.REWARD_KNOWN) != 0) {
            return entries[at + StateOutcomes.REWARD];
        }
        double value = reward(state, outcomes.reward());
        entries[at + StateOutcomes.REWARD] = value;
        entries[at + StateOutcomes.FLAGS] = flags | StateOutcomes.REWARD_KNOWN;
        return value;
    }

    /** {@link #reward} with its parts. */
    public RewardBreakdown explain(FleetState state, RewardFunction reward) {
        return plain ? reward.explain(state.cpu, state.memory, state.requestRate, state.active[0])
                : reward.explain(state);
    }

    /** Whether the step {@code state} holds ends the episode early: instability, or a constraint. */
    public boolean terminates(FleetState state) {
        return state.unstable || state.constraintEnded;
    }

    /**
     * What the step info reports of the fleet: nothing in the reference, else booting servers, the
     * step's cost, the cost so far, the cost in reference servers, budget left and violations where
     * the scenario has them, and the serving servers of each type.
     */
    public Map<String, Double> fleetInfo(FleetState state) {
        if (reference) {
            return Map.of();
        }
        Map<String, Double> info = new LinkedHashMap<>();
        info.put("bootingServers", (double) state.bootingServers());
        info.put("stepCost", state.stepCost);
        info.put("costSoFar", state.costSoFar);
        // the step's cost counted in reference servers: what the grader's efficiency divides by
        info.put("costInServers", state.stepCost / REFERENCE_SERVER_COST);
        if (budget < Double.POSITIVE_INFINITY) {
            info.put("budgetLeft", state.budgetLeft());
        }
        if (reportsViolations) {
            info.put("violations", (double) state.violations);
        }
        for (int type = 0; type < typeServerNames.length; type++) {
            info.put(typeServerNames[type], (double) state.active[type]);
        }
        return info;
    }
}
