package cloudrl.env.fleet;

import cloudrl.api.Constraint;
import cloudrl.api.Transition;

/**
 * A total cost the episode may spend. When it is {@link Exhaustion#END spent}, the episode ends;
 * under {@link Exhaustion#REFUSE} an addition goes ahead only if the fleet with it could be paid
 * until the end of the episode ({@code costSoFar + stepCostAfter × stepsLeft <= total}), so the
 * budget is never overspent: without additions a fleet's cost per step never grows.
 *
 * @param total      the budget, in cost units, in (0, 1e9]
 * @param exhaustion what happens when it runs out
 */
public record Budget(double total, Exhaustion exhaustion) implements Constraint {

    /** Costs add up in floating point: a spend within this of the total counts as exactly the total. */
    public static final double TOLERANCE = 1e-9;

    /** What a budget does when it runs out. */
    public enum Exhaustion {
        /** The episode ends (terminated) on the step that overspends. */
        END,
        /** Additions that the rest of the episode could not pay for are refused. */
        REFUSE
    }

    public Budget {
        if (!(total > 0 && total <= 1e9)) {
            throw new IllegalArgumentException("budget total " + total + " is not allowed: must be in (0, 1e9]");
        }
        if (exhaustion == null) {
            throw new IllegalArgumentException("a budget needs to say what happens when it runs out: end or refuse");
        }
    }

    @Override
    public String name() {
        return "budget";
    }

    @Override
    public boolean allowsAdding(Transition state, int serversAfter, double stepCostAfter) {
        if (exhaustion == Exhaustion.END) {
            return true;
        }
        int stepsLeft = state.maxSteps() - state.step();
        return state.costSoFar() + stepCostAfter * stepsLeft <= total + TOLERANCE;
    }

    @Override
    public boolean ends(Transition after) {
        return exhaustion == Exhaustion.END && after.costSoFar() > total + TOLERANCE;
    }

    /**
     * Whether floating-point sums of costs, each exactly a whole number of {@code unit}s and computed
     * to within {@code error}, get the decisions their exact values would: both rules above compare
     * such a sum with {@code total + TOLERANCE}, so they do unless that boundary lies within
     * {@code error} of a whole number of units. A planner that counts the cost in units relies on it.
     */
    public boolean decidesExactly(double unit, double error) {
        double boundary = total + TOLERANCE;
        double nearest = Math.rint(boundary / unit) * unit;
        return Math.abs(boundary - nearest) > error;
    }

    @Override
    public double budget() {
        return total;
    }
}
