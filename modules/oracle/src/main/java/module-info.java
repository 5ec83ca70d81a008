/**
 * The ceiling: the exact optimal scaling policy found by backward induction over the environment's
 * Markov decision process, and exact expected returns of other policies on the same process.
 * Covers the reference Gaussian workload; see docs/oracle.md.
 */
module cloudrl.oracle {
    requires transitive cloudrl.api;
    requires transitive cloudrl.env;

    exports cloudrl.oracle;
}
