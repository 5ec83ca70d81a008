package cloudrl.env;

import cloudrl.api.Constraint;
import cloudrl.env.fleet.Budget;

/**
 * The cost spent so far as a whole number of {@link CostUnit}s: the part of the state a budget reads.
 * The environment adds step costs as doubles, so two episodes that spent the same whole number of
 * units may differ in the last bits; the budget decides both alike as long as its boundary
 * ({@code total + Budget.TOLERANCE}) is further than the sums' rounding from a whole number of units,
 * which {@link #refusal} checks. Then a plan over (fleet, units spent) decides exactly as the
 * environment does, at the boundary too. {@link FleetLayers} indexes states by it.
 */
final class SpentCost {

    private final CostUnit unit;
    private final boolean readsStepsLeft;

    private SpentCost(CostUnit unit, boolean readsStepsLeft) {
        this.unit = unit;
        this.readsStepsLeft = readsStepsLeft;
    }

    /** The count for {@code dynamics}, or null when no constraint reads the cost (no budget). */
    static SpentCost of(FleetDynamics dynamics) {
        if (dynamics.budget() == Double.POSITIVE_INFINITY) {
            return null;
        }
        String refusal = refusal(dynamics);
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
        boolean refuses = dynamics.constraints().stream()
                .anyMatch(c -> c instanceof Budget budget && budget.exhaustion() == Budget.Exhaustion.REFUSE);
        return new SpentCost(CostUnit.of(dynamics.fleet()), refuses);
    }

    /** Why the cost spent so far of {@code dynamics} cannot be counted exactly, or null when it can (or no budget reads it). */
    static String refusal(FleetDynamics dynamics) {
        if (dynamics.budget() == Double.POSITIVE_INFINITY) {
            return null;
        }
        CostUnit unit;
        try {
            unit = CostUnit.of(dynamics.fleet());
        } catch (IllegalArgumentException noUnit) {
            return noUnit.getMessage();
        }
        for (Constraint constraint : dynamics.constraints()) {
            if (constraint.budget() == Double.POSITIVE_INFINITY) {
                continue;
            }
            if (!(constraint instanceof Budget budget)) {
                return "its constraint '" + constraint.name() + "' reads the cost spent so far by rules of its own;"
                        + " only the built-in budget is planned over";
            }
            double error = roundingBound(dynamics, budget.total());
            if (!budget.decidesExactly(unit.size(), error)) {
                return "its budget " + budget.total() + " plus the tolerance " + Budget.TOLERANCE + " lies within "
                        + error + " of a whole number of cost units (" + unit.size() + "), where the environment's"
                        + " floating-point sums could fall either side: move the total by more than that";
            }
        }
        return null;
    }

    /**
     * How far the environment's sum of step costs, and the budget's {@code costSoFar + stepCost × stepsLeft},
     * can be from their exact values while they are near {@code total}: each of the at most
     * {@code maxSteps + 2} roundings is within 2^-53 of a magnitude below {@code 2 total + 1}; four times that, to spare.
     */
    private static double roundingBound(FleetDynamics dynamics, double total) {
        return (dynamics.config().maxSteps() + 2.0) * Math.ulp(1.0) / 2 * (2 * total + 1) * 4;
    }

    /**
     * Whether a budget refuses additions: it reads the steps left ({@code costSoFar + stepCostAfter ×
     * stepsLeft}), so the same fleet and spend may move differently at different steps.
     */
    boolean readsStepsLeft() {
        return readsStepsLeft;
    }

    /** The whole units {@code state} has spent. */
    long units(FleetState state) {
        return unit.count(state.costSoFar());
    }
}
