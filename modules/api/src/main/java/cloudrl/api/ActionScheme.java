package cloudrl.api;

import java.util.List;

/**
 * What the action indices mean: how an action changes the fleet. A plug point, created by an
 * {@link ActionSchemeProvider}; the dynamics core applies the change it orders (removing only
 * serving servers, never below one; adding within the quota and the constraints, through the boot
 * queue), so a scheme says only what is asked for.
 */
public interface ActionScheme {

    /**
     * One label per action, in index order; the action space is {@code Discrete(labels.size())}.
     *
     * @throws IllegalArgumentException when the scheme cannot serve {@code fleet} (say why and what is allowed)
     */
    List<String> labels(FleetModel fleet);

    /**
     * Writes into {@code change[type]} how many servers of each type {@code action} asks to add
     * (positive) or remove (negative), the state being the one before the action. Called on every
     * step: must not allocate. {@code change} is zeroed before the call.
     */
    void order(int action, Transition state, int[] change);

    /**
     * The action that brings the fleet's first-type server count from {@code current} as close to
     * {@code desired} as one action can: how heuristics written as "add one" or "go to n servers"
     * act under any scheme.
     *
     * @param booting servers of the first type already booting, which a scheme choosing the total counts
     */
    int toward(FleetModel fleet, int current, int booting, int desired);
}
