/** Runs many seeded episodes of a policy and summarises them with confidence intervals and robust statistics. */
module cloudrl.evaluation {
    requires transitive cloudrl.api;
    requires transitive cloudrl.env;
    requires cloudrl.grader;

    exports cloudrl.evaluation;
    exports cloudrl.evaluation.statistics;
}
