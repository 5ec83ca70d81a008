/**
 * Finds the providers of every plug point, built in and from plugin jars (each jar in its own
 * module layer), and assembles the chosen policy, reward and workload into an environment.
 */
module cloudrl.plugins {
    requires transitive cloudrl.api;
    requires transitive cloudrl.env;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;

    exports cloudrl.plugins;

    uses cloudrl.api.PolicyProvider;
    uses cloudrl.api.RewardProvider;
    uses cloudrl.api.WorkloadProvider;
    uses cloudrl.api.ActionSchemeProvider;
    uses cloudrl.api.FleetModelProvider;
    uses cloudrl.api.ConstraintProvider;
    uses cloudrl.api.FeatureProvider;
    uses cloudrl.api.ScenarioProvider;
}
