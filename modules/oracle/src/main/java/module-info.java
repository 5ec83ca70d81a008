/**
 * The ceiling: the exact optimal scaling policy found by backward induction over the environment's
 * Markov decision process (step, fleet state, workload state), and exact expected returns of other
 * policies on the reference process. Covers every scenario whose workload offers its transition law
 * ({@code cloudrl.api.MarkovWorkload}) and has no budget; see docs/oracle.md. Offers the plan as the
 * {@code oracle} policy.
 */
module cloudrl.oracle {
    requires transitive cloudrl.api;
    requires transitive cloudrl.env;

    exports cloudrl.oracle;

    provides cloudrl.api.PolicyProvider with cloudrl.oracle.provider.OraclePolicyProvider;
}
