package cloudrl.workload.provider;

import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.TrafficLevel;
import cloudrl.api.WorkloadModel;
import cloudrl.api.WorkloadProvider;

import java.util.List;

/** Offers the bundled measured trace as {@code twitter-2021}; provenance in docs/traces.md. */
public final class Twitter2021WorkloadProvider implements WorkloadProvider {

    @Override
    public String id() {
        return "twitter-2021";
    }

    @Override
    public String description() {
        return "measured traffic, one row per minute: events in the public Twitter sample stream, 1-14 August 2021 (20,160 minutes; Archive Team)";
    }

    @Override
    public List<Parameter> parameters() {
        return TraceReplay.PARAMETERS;
    }

    @Override
    public WorkloadModel create(long seed, TrafficLevel traffic, Parameters parameters) {
        return TraceReplay.create(BundledTrace.TWITTER_2021.column("requests"), traffic, parameters,
                BundledTrace.TWITTER_2021.clock());
    }
}
