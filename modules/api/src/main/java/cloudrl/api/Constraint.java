package cloudrl.api;

/**
 * A rule the episode runs under, such as a budget or a latency objective. A plug point, created by
 * a {@link ConstraintProvider}. The dynamics core asks every constraint, in the scenario's order,
 * before servers are added and after each step.
 */
public interface Constraint {

    /** The constraint's name in reports and step infos, such as {@code budget}. */
    String name();

    /**
     * Whether adding a server may go ahead: {@code state} is the fleet before the step, and the
     * fleet with the addition would hold {@code serversAfter} servers (serving and booting) and cost
     * {@code stepCostAfter} per step.
     */
    default boolean allowsAdding(Transition state, int serversAfter, double stepCostAfter) {
        return true;
    }

    /** Whether the step just taken broke this constraint; violations are counted and graded. */
    default boolean violated(Transition after) {
        return false;
    }

    /** Whether the step just taken ends the episode (as terminated). */
    default boolean ends(Transition after) {
        return false;
    }

    /** The total cost the episode may spend; {@link Double#POSITIVE_INFINITY} when this is no budget. */
    default double budget() {
        return Double.POSITIVE_INFINITY;
    }
}
