/** Reward functions built into CloudRL: the seed's shaped reward and a service-level reward. */
module cloudrl.reward {
    requires transitive cloudrl.api;

    exports cloudrl.reward;

    provides cloudrl.api.RewardProvider with
            cloudrl.reward.provider.SeedShapedRewardProvider,
            cloudrl.reward.provider.SlaRewardProvider;
}
