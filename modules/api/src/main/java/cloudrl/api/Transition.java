package cloudrl.api;

/**
 * A read-only view of the fleet and the service right after a step (or a reset): what a reward,
 * a constraint and an observation feature see. The environment reuses one view per environment,
 * so an implementation must read it during the call and never keep it.
 */
public interface Transition {

    /** Steps taken in the episode, this one included; 0 at reset. */
    int step();

    /** The episode's time limit in steps. */
    int maxSteps();

    /** The index of the action this step took; -1 at reset. */
    int action();

    /** Requests arriving this step. */
    int requestRate();

    /** CPU utilisation of the serving servers in percent, in [0, 100]. */
    double cpu();

    /** Memory utilisation of the serving servers in percent, in [0, 100]. */
    double memory();

    /** Requests per serving server (per server of the first type's capacity where types differ). */
    double latency();

    /** Serving servers, all types; at least one. */
    int activeServers();

    /** Booting servers, all types. */
    int bootingServers();

    /** Number of server types of the fleet. */
    int typeCount();

    /** Serving servers of type {@code type}. */
    int activeServers(int type);

    /** Booting servers of type {@code type}. */
    int bootingServers(int type);

    /** Capacity of the serving servers, in the units requests use. */
    double activeCapacity();

    /** What this step's fleet, serving and booting, costs. */
    double stepCost();

    /** What the episode's steps have cost so far, this one included. */
    double costSoFar();

    /** What is left of the episode's budget; {@link Double#POSITIVE_INFINITY} without a budget. */
    double budgetLeft();

    /** Whether this step broke a constraint that counts violations (such as a latency objective). */
    boolean violated();

    /** Violations counted in the episode so far, this step included. */
    int violations();

    /** Steps until scale actions take effect again; 0 without a cooldown. */
    int cooldownLeft();
}
