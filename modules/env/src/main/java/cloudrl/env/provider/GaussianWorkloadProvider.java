package cloudrl.env.provider;

import cloudrl.api.Parameters;
import cloudrl.api.TrafficLevel;
import cloudrl.api.WorkloadModel;
import cloudrl.api.WorkloadProvider;
import cloudrl.env.GaussianWorkload;

/** Offers the reference traffic, an independent Gaussian draw at the task's level every step, as {@code gaussian}. */
public final class GaussianWorkloadProvider implements WorkloadProvider {

    @Override
    public String id() {
        return "gaussian";
    }

    @Override
    public String description() {
        return "independent draws max(0, floor(base + N(0, std))) at the task's level (the reference traffic)";
    }

    @Override
    public WorkloadModel create(long seed, TrafficLevel traffic, Parameters parameters) {
        return new GaussianWorkload(traffic.baseRate(), traffic.stdDev());
    }
}
