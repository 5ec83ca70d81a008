package cloudrl.env;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fleet states an episode can reach, found by stepping {@link FleetDynamics} itself from the
 * reset state with every action, step by step, and indexed by {@link FleetState#fleetKey()}: serving
 * servers per type, the boot queue and the cooldown, and, under a budget, the cost spent so far in
 * whole units ({@link SpentCost}). The one enumeration of fleet states for planners (the oracle's
 * process, the hindsight optimum), so none has a step rule of its own.
 *
 * <p>The states are explored in layers, one per step: layer {@code t} holds the states some
 * sequence of {@code t} actions reaches, and each move is recorded per layer, because a budget that
 * refuses additions reads the steps left, so the same state may move differently at different
 * steps. The fleet's move does not depend on the request rate (a property {@link #enter} checks at
 * every rate a planner replays), so exploring with any rate finds every state. A state a constraint ends the episode in (a spent
 * budget) is terminal: nothing is explored from it. Each state is recorded with one (predecessor,
 * action) that produces it, which {@link #enter} replays at any rate for the step's reward.
 */
public final class FleetLayers {

    /** Most fleet states explored; beyond it the enumeration is refused with the count. */
    public static final int MAX_STATES = 200_000;
    /**
     * Most (step, fleet state) pairs the layers may hold together (a plan over them holds at least
     * that many cells); beyond it the enumeration is refused.
     */
    public static final long MAX_LAYER_CELLS = 10_000_000;

    private final FleetDynamics dynamics;
    private final SpentCost spent;
    private final int actions;
    private final List<FleetState> states = new ArrayList<>();
    private final List<FleetState> predecessors = new ArrayList<>();
    private final Map<Key, Integer> index = new HashMap<>();
    private int[] depth = new int[64];
    private int[] via = new int[64];
    private boolean[] terminal = new boolean[64];
    // layers[t]: the states possible after t steps, sorted; moves[t][position * actions + action]: where each leads
    private final int[][] layers;
    private final int[][] moves;
    private final int[] scratch;
    private final FleetState probe;
    private int[] known = new int[0]; // moves stepped once, where no constraint reads the step

    /**
     * The states of episodes of {@code horizon} steps under {@code dynamics}.
     *
     * @throws IllegalArgumentException when a budget's spend cannot be counted exactly ({@link #refusal}), or
     *                                  the states or the layers pass {@link #MAX_STATES} or {@link #MAX_LAYER_CELLS},
     *                                  naming the count and the limit
     */
    public FleetLayers(FleetDynamics dynamics, int horizon) {
        this.dynamics = dynamics;
        this.spent = SpentCost.of(dynamics);
        this.actions = dynamics.actionSpace().n();
        this.scratch = new int[dynamics.fleet().typeCount()];
        this.probe = dynamics.newState();
        // only a budget that refuses additions reads the step (the steps left); otherwise a state moves
        // alike at every step, and each move is stepped once
        boolean byStep = spent != null && spent.readsStepsLeft();
        this.layers = new int[horizon + 1][];
        this.moves = new int[horizon][];
        FleetState start = dynamics.newState();
        dynamics.reset(start, 0);
        add(start, null, -1, 0);
        layers[0] = new int[] {0};
        FleetState[] frontier = {start}; // by step: each layer state as one path reached it, to step on from
        int[] stamp = new int[64];
        Arrays.fill(stamp, -1);
        long cells = 1;
        for (int step = 0; step < horizon; step++) {
            int[] layer = layers[step];
            int[] move = new int[layer.length * actions];
            long[] reached = new long[Math.max(16, layer.length)]; // (state << 32) | order of discovery
            FleetState[] paths = byStep ? new FleetState[reached.length] : null;
            int count = 0;
            for (int position = 0; position < layer.length; position++) {
                int fleet = layer[position];
                if (terminal[fleet]) {
                    Arrays.fill(move, position * actions, (position + 1) * actions, -1);
                    continue;
                }
                for (int action = 0; action < actions; action++) {
                    int target = byStep ? explore(frontier[position], action, step) : cachedMove(fleet, action, step);
                    if (target >= stamp.length) {
                        int old = stamp.length;
                        stamp = Arrays.copyOf(stamp, Math.max(2 * old, target + 1));
                        Arrays.fill(stamp, old, stamp.length, -1);
                    }
                    if (stamp[target] != step + 1) {
                        stamp[target] = step + 1;
                        if (count == reached.length) {
                            reached = Arrays.copyOf(reached, 2 * count);
                            paths = byStep ? Arrays.copyOf(paths, 2 * count) : null;
                        }
                        if (byStep) {
                            paths[count] = probe.copy(); // this path's state after step + 1 steps
                        }
                        reached[count] = (long) target << 32 | count;
                        count++;
                    }
                    move[position * actions + action] = target;
                }
            }
            moves[step] = move;
            // the layer sorted by state, each beside the path it is stepped on from
            long[] sorted = Arrays.copyOf(reached, count);
            Arrays.sort(sorted);
            int[] next = new int[count];
            FleetState[] nextFrontier = byStep ? new FleetState[count] : null;
            for (int i = 0; i < count; i++) {
                next[i] = (int) (sorted[i] >>> 32);
                if (byStep) {
                    nextFrontier[i] = paths[(int) sorted[i]];
                }
            }
            layers[step + 1] = next;
            frontier = nextFrontier;
            cells += count;
            if (cells > MAX_LAYER_CELLS) {
                throw new IllegalArgumentException("the fleet reaches more than " + MAX_LAYER_CELLS + " (step, fleet"
                        + " state) pairs within " + (step + 1) + " of " + horizon + " steps, the most an exact plan"
                        + " may hold: lower maxSteps or maxServers" + (spent == null ? "" : ", or the budget"));
            }
        }
    }

    // the move of fleet under action, stepped from its first state once and remembered
    private int cachedMove(int fleet, int action, int step) {
        if (fleet >= known.length / actions) {
            int old = known.length;
            known = Arrays.copyOf(known, Math.max(2 * old, (fleet + 1) * actions));
            Arrays.fill(known, old, known.length, -1);
        }
        int cell = fleet * actions + action;
        if (known[cell] < 0) {
            known[cell] = explore(states.get(fleet), action, step);
        }
        return known[cell];
    }

    // steps from with action into probe, and indexes the state it reaches (added when new)
    private int explore(FleetState from, int action, int step) {
        probe.copyFrom(from);
        dynamics.step(probe, action, 0, scratch);
        Integer found = index.get(key(probe));
        int target = found != null ? found : add(probe.copy(), from, action, step + 1);
        if (predecessors.get(target) == null) {
            record(target, from, action, probe); // the reset state, entered again
        }
        return target;
    }

    private Key key(FleetState state) {
        return new Key(state.fleetKey(), spent == null ? 0 : spent.units(state));
    }

    private int add(FleetState state, FleetState predecessor, int action, int steps) {
        int fleet = states.size();
        if (fleet >= MAX_STATES) {
            throw new IllegalArgumentException("the fleet reaches more than " + MAX_STATES + " states (servers per type,"
                    + " boot queue, cooldown" + (spent == null ? "" : ", cost spent so far") + ") within "
                    + (layers.length - 1) + " steps: too many to plan exactly; bound maxServers"
                    + (spent == null ? "" : ", lower the budget") + " or shorten the episode");
        }
        states.add(state);
        predecessors.add(null);
        index.put(key(state), fleet);
        if (fleet == depth.length) {
            depth = Arrays.copyOf(depth, 2 * fleet);
            via = Arrays.copyOf(via, 2 * fleet);
            terminal = Arrays.copyOf(terminal, 2 * fleet);
        }
        depth[fleet] = steps;
        via[fleet] = -1;
        if (predecessor != null) {
            record(fleet, predecessor, action, state);
        }
        return fleet;
    }

    // the step that enters fleet, to tabulate it from
    private void record(int fleet, FleetState predecessor, int action, FleetState after) {
        predecessors.set(fleet, predecessor.copy());
        via[fleet] = action;
        terminal[fleet] = after.constraintEnded();
    }

    /**
     * Why a budget's spend cannot be counted exactly in {@code dynamics}, so that no plan over these
     * states would be exact, in one line; null when it can, or no budget reads it.
     */
    public static String refusal(FleetDynamics dynamics) {
        return SpentCost.refusal(dynamics);
    }

    /** Number of fleet states; state 0 is the reset state. */
    public int size() {
        return states.size();
    }

    /** Actions the scheme offers. */
    public int actions() {
        return actions;
    }

    /** The states possible after {@code step} steps, sorted: not to be changed. */
    public int[] layer(int step) {
        return layers[step];
    }

    /** Where {@code action} leads from the state at {@code position} of layer {@code step}; -1 from a terminal state. */
    public int move(int step, int position, int action) {
        return moves[step][position * actions + action];
    }

    /** The state {@code action} leads to from {@code fleet} after {@code step} steps, or -1 when {@code fleet} is not possible then or terminal. */
    public int next(int step, int fleet, int action) {
        int position = Arrays.binarySearch(layers[step], fleet);
        return position < 0 ? -1 : move(step, position, action);
    }

    /** Whether {@code fleet} can occur after {@code step} steps. */
    public boolean possible(int fleet, int step) {
        return Arrays.binarySearch(layers[step], fleet) >= 0;
    }

    /** The fewest steps that reach {@code fleet}. */
    public int depth(int fleet) {
        return depth[fleet];
    }

    /** Whether some step ends in {@code fleet} (every state but possibly the reset state). */
    public boolean entered(int fleet) {
        return predecessors.get(fleet) != null;
    }

    /** Whether a constraint ended the episode on the step into {@code fleet} (a spent budget): no decision follows. */
    public boolean terminal(int fleet) {
        return terminal[fleet];
    }

    /** A state of this fleet, for reading its counts: not to be changed. */
    public FleetState state(int fleet) {
        return states.get(fleet);
    }

    /** The index of the fleet {@code state} holds, or -1 when exploration never reached it. */
    public int indexOf(FleetState state) {
        Integer known = index.get(key(state));
        return known == null ? -1 : known;
    }

    /**
     * Makes {@code target} the state right after a step that enters {@code fleet} at {@code rate},
     * by replaying the recorded (predecessor, action) through the dynamics.
     *
     * @throws IllegalArgumentException when the step at this rate leads elsewhere, or a constraint ends the
     *                                  episode at one rate and not at another: the fleet's move then depends on the
     *                                  request rate, which this state space does not model
     */
    public void enter(int fleet, int rate, FleetState target, int[] scratch) {
        FleetState predecessor = predecessors.get(fleet);
        target.copyFrom(predecessor);
        dynamics.step(target, via[fleet], rate, scratch);
        if (!key(target).equals(key(states.get(fleet))) || target.constraintEnded() != terminal[fleet]) {
            throw new IllegalArgumentException("the fleet's next state depends on the request rate (at rate " + rate
                    + " action " + via[fleet] + " from " + predecessor + " leads to " + target
                    + "): the oracle needs a fleet whose moves the actions alone decide");
        }
    }

    /** A fleet key and the whole cost units spent, with value equality. */
    private record Key(int[] values, long spent) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && spent == key.spent && Arrays.equals(values, key.values);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(values) + Long.hashCode(spent);
        }

        @Override
        public String toString() {
            return Arrays.toString(values) + " spent " + spent;
        }
    }
}
