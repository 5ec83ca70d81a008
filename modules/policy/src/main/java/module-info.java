/** Policies built into CloudRL: the reference threshold heuristic, Kubernetes' HPA rule, random, maintain, and three that scale ahead of a rate forecast (last value, moving average, Holt–Winters). */
module cloudrl.policy {
    requires transitive cloudrl.api;

    exports cloudrl.policy;

    provides cloudrl.api.PolicyProvider with
            cloudrl.policy.provider.ThresholdPolicyProvider,
            cloudrl.policy.provider.HpaPolicyProvider,
            cloudrl.policy.provider.RandomPolicyProvider,
            cloudrl.policy.provider.MaintainPolicyProvider,
            cloudrl.policy.provider.LastValuePolicyProvider,
            cloudrl.policy.provider.MovingAveragePolicyProvider,
            cloudrl.policy.provider.HoltWintersPolicyProvider;
}
