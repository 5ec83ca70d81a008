/** Traffic models built into CloudRL beside the reference Gaussian: diurnal, bursty, AR(1), trace replay and two measured traces (NASA-HTTP 1995, Twitter 2021). */
module cloudrl.workload {
    requires transitive cloudrl.api;
    // the normal draws' rate distributions, and the configuration an ar1 plan is sized against
    requires cloudrl.env;

    exports cloudrl.workload;

    provides cloudrl.api.WorkloadProvider with
            cloudrl.workload.provider.DiurnalWorkloadProvider,
            cloudrl.workload.provider.BurstyWorkloadProvider,
            cloudrl.workload.provider.Ar1WorkloadProvider,
            cloudrl.workload.provider.TraceWorkloadProvider,
            cloudrl.workload.provider.Nasa1995WorkloadProvider,
            cloudrl.workload.provider.Twitter2021WorkloadProvider;
}
