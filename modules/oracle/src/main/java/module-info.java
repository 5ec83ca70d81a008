/**
 * The ceiling: the exact optimal scaling policy found by backward induction over the environment's
 * Markov decision process, and exact expected returns of other policies on the same process.
 * Covers the reference Gaussian workload and the diurnal one exactly; see docs/oracle.md. Offers the plan as the {@code oracle}
 * policy.
 */
module cloudrl.oracle {
    requires transitive cloudrl.api;
    requires transitive cloudrl.env;
    requires cloudrl.workload;
    requires org.apache.commons.statistics.distribution;

    exports cloudrl.oracle;

    provides cloudrl.api.PolicyProvider with cloudrl.oracle.provider.OraclePolicyProvider;
}
