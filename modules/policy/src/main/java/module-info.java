/** Policies built into CloudRL: the reference threshold heuristic, Kubernetes' HPA rule, random and maintain. */
module cloudrl.policy {
    requires transitive cloudrl.api;

    exports cloudrl.policy;

    provides cloudrl.api.PolicyProvider with
            cloudrl.policy.provider.ThresholdPolicyProvider,
            cloudrl.policy.provider.HpaPolicyProvider,
            cloudrl.policy.provider.RandomPolicyProvider,
            cloudrl.policy.provider.MaintainPolicyProvider;
}
