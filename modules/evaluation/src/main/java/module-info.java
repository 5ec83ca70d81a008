/**
 * Runs many seeded episodes of a policy and summarises them with confidence intervals and robust
 * statistics; compares several policies on several tasks on the same seeds.
 */
module cloudrl.evaluation {
    requires transitive cloudrl.api;
    requires transitive cloudrl.env;
    requires cloudrl.grader;
    requires org.apache.commons.statistics.distribution;

    exports cloudrl.evaluation;
    exports cloudrl.evaluation.statistics;
    exports cloudrl.evaluation.comparison;
    exports cloudrl.evaluation.hindsight;
}
