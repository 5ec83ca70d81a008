/** Traffic models built into CloudRL beside the reference Gaussian: diurnal, bursty, AR(1) and trace replay. */
module cloudrl.workload {
    requires transitive cloudrl.api;

    exports cloudrl.workload;

    provides cloudrl.api.WorkloadProvider with
            cloudrl.workload.provider.DiurnalWorkloadProvider,
            cloudrl.workload.provider.BurstyWorkloadProvider,
            cloudrl.workload.provider.Ar1WorkloadProvider,
            cloudrl.workload.provider.TraceWorkloadProvider;
}
