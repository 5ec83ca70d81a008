package cloudrl.oracle.provider;

import cloudrl.api.Parameters;
import cloudrl.api.Policy;
import cloudrl.api.PolicyContext;
import cloudrl.api.PolicyProvider;
import cloudrl.env.CloudEnvironment;
import cloudrl.oracle.BeliefPlanner;
import cloudrl.oracle.OptimalPlanner;
import cloudrl.oracle.OracleCoverage;
import cloudrl.oracle.ScalingMdp;

/**
 * Offers the optimal policy as {@code oracle}: the plan that backward induction finds for the very
 * environment the policy will play in (its configuration, reward and traffic level); on traffic with a
 * hidden two-state regime ({@code bursty}), the belief plan's grid controller. Planning takes
 * milliseconds (about a second for a belief plan), so each policy plans afresh.
 */
public final class OraclePolicyProvider implements PolicyProvider {

    @Override
    public String id() {
        return "oracle";
    }

    @Override
    public String description() {
        return "the exact optimal plan for the chosen scenario, task and reward (every scenario the oracle solves"
                + " exactly), or on bursty the belief plan, within the error bound oracle prints (docs/oracle.md)";
    }

    /** The plan depends on the environment, which this form does not give: always rejected. */
    @Override
    public Policy create(long seed, Parameters parameters) {
        throw new IllegalArgumentException("policy oracle plans for the environment it will play in:"
                + " create it with a PolicyContext");
    }

    @Override
    public Policy create(long seed, Parameters parameters, PolicyContext context) {
        if (!(context.environment() instanceof CloudEnvironment environment)) {
            throw new IllegalArgumentException("policy oracle plans for a CloudEnvironment, not "
                    + context.environment().getClass().getSimpleName());
        }
        OracleCoverage coverage = OracleCoverage.of(environment);
        if (!coverage.playable()) {
            throw new IllegalArgumentException("policy oracle plays exact plans only, not scenario " + context.scenario()
                    + " with workload '" + context.workload() + "': " + coverage.reason() + " (docs/oracle.md)");
        }
        ScalingMdp mdp = ScalingMdp.of(environment);
        // a hidden regime: the grid controller, whose exact return is the belief optimum's lower bound
        return coverage.kind() == OracleCoverage.Kind.BELIEF ? BeliefPlanner.plan(mdp).policy()
                : OptimalPlanner.plan(mdp).policy();
    }
}
