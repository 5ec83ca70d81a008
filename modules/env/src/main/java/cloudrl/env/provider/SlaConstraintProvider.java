package cloudrl.env.provider;

import cloudrl.api.Constraint;
import cloudrl.api.ConstraintProvider;
import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.env.fleet.LatencyObjective;

import java.util.List;

/** The {@code sla} constraint: a latency objective whose violations are counted and graded. */
public final class SlaConstraintProvider implements ConstraintProvider {

    @Override
    public String id() {
        return "sla";
    }

    @Override
    public String description() {
        return "a latency objective: steps above maxLatency requests per server are violations, counted and graded";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("maxLatency", "35", "the objective in requests per serving server, in (0, 1e6]"));
    }

    @Override
    public Constraint create(Parameters parameters) {
        return new LatencyObjective(parameters.number("maxLatency", Double.MIN_VALUE, 1e6));
    }
}
