package cloudrl.oracle;

import cloudrl.env.FleetDynamics;
import cloudrl.env.FleetState;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fleet states an episode can reach, found by stepping {@link FleetDynamics} itself from the
 * reset state with every action, and indexed by {@link FleetState#fleetKey()}: serving servers per
 * type, the boot queue and the cooldown. So the planner has no step rule of its own. The fleet's
 * move does not depend on the request rate (a property the tabulation checks), so exploring with
 * any rate finds every state; each is recorded with the fewest steps that reach it, and with one
 * (predecessor, action) that produces it, from which its reward at every rate is tabulated.
 */
final class FleetSpace {

    /** Most fleet states explored; beyond it a process is refused with the count. */
    static final int MAX_STATES = 200_000;

    private final FleetDynamics dynamics;
    private final int actions;
    private final List<FleetState> states = new ArrayList<>();
    private final Map<Key, Integer> index = new HashMap<>();
    private int[] depth = new int[64];
    private int[] from = new int[64];
    private int[] via = new int[64];
    private int[] next;

    FleetSpace(FleetDynamics dynamics) {
        this.dynamics = dynamics;
        this.actions = dynamics.actionSpace().n();
        this.next = new int[64 * actions];
        int horizon = dynamics.config().maxSteps();
        FleetState start = dynamics.newState();
        dynamics.reset(start, 0);
        add(start, 0);
        int[] scratch = new int[dynamics.fleet().typeCount()];
        FleetState probe = dynamics.newState();
        for (int fleet = 0; fleet < states.size(); fleet++) {
            if (depth[fleet] >= horizon) {
                continue; // no decision after the last step
            }
            for (int action = 0; action < actions; action++) {
                probe.copyFrom(states.get(fleet));
                dynamics.step(probe, action, 0, scratch);
                Integer known = index.get(new Key(probe.fleetKey()));
                int target = known != null ? known : add(probe.copy(), depth[fleet] + 1);
                if (from[target] < 0) {
                    from[target] = fleet;
                    via[target] = action;
                }
                next[fleet * actions + action] = target;
            }
        }
    }

    private int add(FleetState state, int steps) {
        int fleet = states.size();
        if (fleet >= MAX_STATES) {
            throw new IllegalArgumentException("the fleet reaches more than " + MAX_STATES + " states (servers per type,"
                    + " boot queue, cooldown) within " + dynamics.config().maxSteps() + " steps: too many to plan"
                    + " exactly; bound maxServers or shorten the episode");
        }
        states.add(state);
        index.put(new Key(state.fleetKey()), fleet);
        if (fleet == depth.length) {
            depth = Arrays.copyOf(depth, 2 * fleet);
            from = Arrays.copyOf(from, 2 * fleet);
            via = Arrays.copyOf(via, 2 * fleet);
            next = Arrays.copyOf(next, 2 * fleet * actions);
        }
        depth[fleet] = steps;
        from[fleet] = -1;
        via[fleet] = -1;
        return fleet;
    }

    /** Number of fleet states; state 0 is the reset state. */
    int size() {
        return states.size();
    }

    /** Actions the scheme offers. */
    int actions() {
        return actions;
    }

    /** The state {@code action} leads to from {@code fleet}. */
    int next(int fleet, int action) {
        return next[fleet * actions + action];
    }

    /** The fewest steps that reach {@code fleet}: it can occur after {@code step} steps only if this is at most {@code step}. */
    int depth(int fleet) {
        return depth[fleet];
    }

    /** Whether some step ends in {@code fleet} (every state but possibly the reset state). */
    boolean entered(int fleet) {
        return from[fleet] >= 0;
    }

    /** A state of this fleet, for reading its counts: not to be changed. */
    FleetState state(int fleet) {
        return states.get(fleet);
    }

    /** The index of the fleet {@code state} holds, or -1 when exploration never reached it. */
    int indexOf(FleetState state) {
        Integer known = index.get(new Key(state.fleetKey()));
        return known == null ? -1 : known;
    }

    /**
     * Makes {@code target} the state right after a step that enters {@code fleet} at {@code rate},
     * by replaying the recorded (predecessor, action) through the dynamics.
     *
     * @throws IllegalArgumentException when the step at this rate leads elsewhere: the fleet's move then
     *                                  depends on the rate, which this state space does not model
     */
    void enter(int fleet, int rate, FleetState target, int[] scratch) {
        target.copyFrom(states.get(from[fleet]));
        dynamics.step(target, via[fleet], rate, scratch);
        if (!Arrays.equals(target.fleetKey(), states.get(fleet).fleetKey())) {
            throw new IllegalArgumentException("the fleet's next state depends on the request rate (at rate " + rate
                    + " action " + via[fleet] + " from " + states.get(from[fleet]) + " leads to " + target
                    + "): the oracle needs a fleet whose moves the actions alone decide");
        }
    }

    /** A fleet key with value equality. */
    private record Key(int[] values) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(values, key.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return Arrays.toString(values);
        }
    }
}
