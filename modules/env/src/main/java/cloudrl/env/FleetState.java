package cloudrl.env;

import cloudrl.api.Transition;

import java.util.Arrays;

/**
 * The mutable state of one environment's fleet and of its latest step, which {@link FleetDynamics}
 * alone changes. It is the {@link Transition} that rewards, constraints and features read, reused
 * from step to step so that a step allocates nothing.
 *
 * <p>The boot queue keeps, per server type, how many servers have {@code r} steps to go, for
 * {@code r} in {@code 1 .. bootSteps - 1} after the step's count-down; an ordered server enters at
 * {@code bootSteps} and is counted down in the same step.
 */
public final class FleetState implements Transition {

    final int types;
    final int bootSteps;
    final int maxSteps;
    final int[] active;
    // [type * (bootSteps + 1) + remaining], remaining 0 .. bootSteps
    final int[] queue;
    final double budget;
    // running totals of active and of the queue's slots 1 .. bootSteps, kept by FleetDynamics
    int serving;
    int booting;

    int step;
    int action = -1;
    int requestRate;
    double cpu;
    double memory;
    double latency;
    double activeCapacity;
    double stepCost;
    double costSoFar;
    boolean violated;
    int violations;
    int cooldownLeft;
    boolean unstable;
    boolean constraintEnded;
    // the outcome table entry this step's outcome came from (a row and an offset), or null
    double[] outcomes;
    int outcomeAt;

    FleetState(int types, int bootSteps, int maxSteps, double budget) {
        this.types = types;
        this.bootSteps = bootSteps;
        this.maxSteps = maxSteps;
        this.budget = budget;
        this.active = new int[types];
        this.queue = new int[types * (bootSteps + 1)];
    }

    /** An independent copy, for planners that explore successors. */
    public FleetState copy() {
        FleetState copy = new FleetState(types, bootSteps, maxSteps, budget);
        copy.copyFrom(this);
        return copy;
    }

    /** Makes this state equal to {@code other}, which must have the same shape. */
    public void copyFrom(FleetState other) {
        System.arraycopy(other.active, 0, active, 0, types);
        System.arraycopy(other.queue, 0, queue, 0, queue.length);
        serving = other.serving;
        booting = other.booting;
        step = other.step;
        action = other.action;
        requestRate = other.requestRate;
        cpu = other.cpu;
        memory = other.memory;
        latency = other.latency;
        activeCapacity = other.activeCapacity;
        stepCost = other.stepCost;
        costSoFar = other.costSoFar;
        violated = other.violated;
        violations = other.violations;
        cooldownLeft = other.cooldownLeft;
        unstable = other.unstable;
        constraintEnded = other.constraintEnded;
        // a copy is stepped on its own: it takes no table entry along
        outcomes = null;
    }

    /**
     * The fleet's configuration as numbers, for planners that index states: serving servers per
     * type, then the boot queue per type by steps to go ({@code 1 .. bootSteps - 1}), then the
     * cooldown left. Two states with equal keys evolve alike under the same actions and traffic,
     * as long as no cost-dependent constraint is involved.
     */
    public int[] fleetKey() {
        int[] key = new int[types + types * Math.max(0, bootSteps - 1) + 1];
        int at = 0;
        for (int type = 0; type < types; type++) {
            key[at++] = active[type];
        }
        for (int type = 0; type < types; type++) {
            for (int remaining = 1; remaining < bootSteps; remaining++) {
                key[at++] = queue[type * (bootSteps + 1) + remaining];
            }
        }
        key[at] = cooldownLeft;
        return key;
    }

    /** Whether the last step made the service unstable (utilisation above the threshold). */
    public boolean unstable() {
        return unstable;
    }

    /** Whether a constraint ended the episode on the last step (a spent budget, say). */
    public boolean constraintEnded() {
        return constraintEnded;
    }

    @Override
    public int step() {
        return step;
    }

    @Override
    public int maxSteps() {
        return maxSteps;
    }

    @Override
    public int action() {
        return action;
    }

    @Override
    public int requestRate() {
        return requestRate;
    }

    @Override
    public double cpu() {
        return cpu;
    }

    @Override
    public double memory() {
        return memory;
    }

    @Override
    public double latency() {
        return latency;
    }

    @Override
    public int activeServers() {
        return serving;
    }

    @Override
    public int bootingServers() {
        return booting;
    }

    @Override
    public int typeCount() {
        return types;
    }

    @Override
    public int activeServers(int type) {
        return active[type];
    }

    @Override
    public int bootingServers(int type) {
        int sum = 0;
        int base = type * (bootSteps + 1);
        for (int remaining = 1; remaining <= bootSteps; remaining++) {
            sum += queue[base + remaining];
        }
        return sum;
    }

    /** Servers of {@code type} that will serve after {@code remaining} more steps. */
    public int bootingServers(int type, int remaining) {
        return queue[type * (bootSteps + 1) + remaining];
    }

    @Override
    public double activeCapacity() {
        return activeCapacity;
    }

    @Override
    public double stepCost() {
        return stepCost;
    }

    @Override
    public double costSoFar() {
        return costSoFar;
    }

    @Override
    public double budgetLeft() {
        return budget - costSoFar;
    }

    @Override
    public boolean violated() {
        return violated;
    }

    @Override
    public int violations() {
        return violations;
    }

    @Override
    public int cooldownLeft() {
        return cooldownLeft;
    }

    @Override
    public String toString() {
        return "FleetState[step=" + step + ", active=" + Arrays.toString(active) + ", queue=" + Arrays.toString(queue)
                + ", cooldownLeft=" + cooldownLeft + ", costSoFar=" + costSoFar + "]";
    }
}
