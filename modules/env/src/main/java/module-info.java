/** The autoscaling simulation: configuration, tasks, the Gaussian workload and the environment. */
module cloudrl.env {
    requires transitive cloudrl.api;
    requires cloudrl.reward;

    exports cloudrl.env;

    provides cloudrl.api.WorkloadProvider with cloudrl.env.provider.GaussianWorkloadProvider;
}
