package cloudrl.workload.provider;

import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.TrafficLevel;
import cloudrl.api.WorkloadModel;
import cloudrl.api.WorkloadProvider;
import cloudrl.workload.DiurnalWorkload;

import java.util.List;

/** Offers the daily cycle as {@code diurnal}, centred on the task's base rate. */
public final class DiurnalWorkloadProvider implements WorkloadProvider {

    @Override
    public String id() {
        return "diurnal";
    }

    @Override
    public String description() {
        return "a daily cycle base x (1 + amplitude x sin(2 pi (t + phase) / period)) plus Gaussian noise";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                new Parameter("period", "100", "steps per cycle, in [2, 1e6] (100: one episode is one day)"),
                new Parameter("amplitude", "0.5", "swing as a fraction of the task's base rate, in [0, 1]"),
                new Parameter("phase", "0", "steps the cycle is shifted by, in [-1e6, 1e6]"),
                new Parameter("noise", "0.5", "noise standard deviation as a multiple of the task's, in [0, 100]"));
    }

    @Override
    public WorkloadModel create(long seed, TrafficLevel traffic, Parameters parameters) {
        return new DiurnalWorkload(traffic.baseRate(), parameters.number("amplitude", 0, 1),
                parameters.number("period", 2, 1e6), parameters.number("phase", -1e6, 1e6),
                parameters.number("noise", 0, 100) * traffic.stdDev());
    }
}
