package cloudrl.workload.provider;

import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.TrafficLevel;
import cloudrl.api.WorkloadModel;
import cloudrl.api.WorkloadProvider;

import java.util.List;

/** Offers the bundled measured trace as {@code nasa-1995}; provenance in docs/traces.md. */
public final class Nasa1995WorkloadProvider implements WorkloadProvider {

    @Override
    public String id() {
        return "nasa-1995";
    }

    @Override
    public String description() {
        return "measured traffic, one row per minute: requests to the NASA Kennedy Space Center web server, 1-28 July 1995 (39,692 minutes; Internet Traffic Archive)";
    }

    @Override
    public List<Parameter> parameters() {
        return TraceReplay.PARAMETERS;
    }

    @Override
    public WorkloadModel create(long seed, TrafficLevel traffic, Parameters parameters) {
        return TraceReplay.create(BundledTrace.NASA_1995.column("requests"), traffic, parameters,
                BundledTrace.NASA_1995.clock());
    }
}
