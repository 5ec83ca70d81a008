/**
 * The autoscaling simulation: configuration, tasks, the dynamics core, the Gaussian workload, the
 * environment and the vector environment; and the built-in action schemes, fleet model,
 * constraints, observation features and scenarios.
 */
module cloudrl.env {
    requires transitive cloudrl.api;
    requires cloudrl.reward;
    requires org.apache.commons.statistics.distribution;

    exports cloudrl.env;
    exports cloudrl.env.fleet;

    provides cloudrl.api.WorkloadProvider with cloudrl.env.provider.GaussianWorkloadProvider;
    provides cloudrl.api.ActionSchemeProvider with
            cloudrl.env.provider.UnitSchemeProvider,
            cloudrl.env.provider.StepsSchemeProvider,
            cloudrl.env.provider.TargetSchemeProvider;
    provides cloudrl.api.FleetModelProvider with cloudrl.env.provider.StandardFleetProvider;
    provides cloudrl.api.ConstraintProvider with
            cloudrl.env.provider.BudgetConstraintProvider,
            cloudrl.env.provider.SlaConstraintProvider,
            cloudrl.env.provider.QuotaConstraintProvider;
    provides cloudrl.api.FeatureProvider with
            cloudrl.env.provider.BuiltInFeatures.Booting,
            cloudrl.env.provider.BuiltInFeatures.CostSoFar,
            cloudrl.env.provider.BuiltInFeatures.BudgetLeft,
            cloudrl.env.provider.BuiltInFeatures.Phase,
            cloudrl.env.provider.BuiltInFeatures.LastAction,
            cloudrl.env.provider.BuiltInFeatures.CooldownLeft,
            cloudrl.env.provider.BuiltInFeatures.Violations,
            cloudrl.env.provider.BuiltInFeatures.ServersPerType;
    provides cloudrl.api.ScenarioProvider with
            cloudrl.env.provider.BuiltInScenarios.Reference,
            cloudrl.env.provider.BuiltInScenarios.BootDelay,
            cloudrl.env.provider.BuiltInScenarios.DiurnalBoot,
            cloudrl.env.provider.BuiltInScenarios.MultiStep,
            cloudrl.env.provider.BuiltInScenarios.InstanceTypes,
            cloudrl.env.provider.BuiltInScenarios.BudgetScenario,
            cloudrl.env.provider.BuiltInScenarios.Sla,
            cloudrl.env.provider.BuiltInScenarios.NasaBoot,
            cloudrl.env.provider.BuiltInScenarios.TwitterBoot;
}
