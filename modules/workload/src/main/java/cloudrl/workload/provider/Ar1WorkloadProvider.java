package cloudrl.workload.provider;

import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.TrafficLevel;
import cloudrl.api.WorkloadModel;
import cloudrl.api.WorkloadProvider;
import cloudrl.workload.Ar1Workload;

import java.util.List;

/** Offers autocorrelated traffic around the task's base rate as {@code ar1}. */
public final class Ar1WorkloadProvider implements WorkloadProvider {

    @Override
    public String id() {
        return "ar1";
    }

    @Override
    public String description() {
        return "autocorrelated traffic x(t) = base + phi (x(t-1) - base) + noise, with the task's spread";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("phi", "0.9", "correlation between consecutive steps, in [-0.999, 0.999]"),
                new Parameter("noise", "1", "the process's standard deviation as a multiple of the task's, in [0, 100]"));
    }

    @Override
    public WorkloadModel create(long seed, TrafficLevel traffic, Parameters parameters) {
        return new Ar1Workload(traffic.baseRate(), parameters.number("noise", 0, 100) * traffic.stdDev(),
                parameters.number("phi", -0.999, 0.999));
    }
}
