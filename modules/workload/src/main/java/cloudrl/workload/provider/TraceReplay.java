package cloudrl.workload.provider;

import cloudrl.api.Parameter;
import cloudrl.api.Parameters;
import cloudrl.api.TrafficLevel;
import cloudrl.api.WorkloadModel;
import cloudrl.workload.TraceClock;
import cloudrl.workload.TraceSplit;
import cloudrl.workload.TraceWorkload;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The options every trace workload shares: which split, minutes per step, scale and start, read
 * from a provider's parameters and turned into a {@link TraceWorkload} over one series of rows.
 */
final class TraceReplay {

    /** The parameters in the order providers declare them after their own. */
    static final List<Parameter> PARAMETERS = List.of(
            new Parameter("split", "all", "time-ordered part to replay: train (the first 75 % of the rows), test"
                    + " (the rest) or all; an episode never leaves its split. Unless given, evaluate replays test"
                    + " and train replays train where that part holds an episode"),
            new Parameter("stepMinutes", "1", "rows (minutes) summed into one step, from 1 to the split's rows"),
            new Parameter("scale", "task", "'task': multiply so the whole trace's mean step is the task's base rate;"
                    + " or a fixed multiplier in [0, 1e6] (1: the recorded counts)"),
            new Parameter("start", "random", "'random': a row of the split drawn from the episode's seed, leaving"
                    + " room for the episode; or a fixed row of the split, counted from its first"));

    private TraceReplay() {
    }

    /**
     * The replay of {@code rows} as {@code parameters} choose it; {@code clock} says when row 0 was
     * recorded, when that is known, and the replay's clock then starts at its split's first row.
     *
     * @throws IllegalArgumentException naming the parameter, its value and what is allowed
     */
    static WorkloadModel create(double[] rows, TrafficLevel traffic, Parameters parameters,
                                Optional<TraceClock> clock) {
        TraceSplit split = split(parameters);
        int from = split.from(rows.length);
        int count = split.rows(rows.length);
        if (count == 0) {
            throw parameters.rejected("split", split.id(), "the trace has " + rows.length + " row"
                    + (rows.length == 1 ? "" : "s") + " and its " + split.id() + " part none; choose another split"
                    + " or a longer file");
        }
        int stepMinutes = parameters.integer("stepMinutes", 1, count);
        double scale = scale(parameters, rows, stepMinutes, traffic);
        int start = start(parameters, count);
        String label = parameters.owner() + " (split=" + split.id() + ", " + count + " rows, stepMinutes="
                + stepMinutes + ")";
        double[] part = Arrays.copyOfRange(rows, from, from + count);
        return clock.isPresent()
                ? TraceWorkload.of(label, part, stepMinutes, scale, start, clock.get().from(from, 1))
                : TraceWorkload.of(label, part, stepMinutes, scale, start);
    }

    private static TraceSplit split(Parameters parameters) {
        String text = parameters.text("split");
        try {
            return TraceSplit.of(text);
        } catch (IllegalArgumentException unknown) {
            throw parameters.rejected("split", text.strip(), "must be train, test or all");
        }
    }

    /**
     * The task's scale uses the whole trace's mean, not the split's, so train and test are the same
     * transformation of the recorded traffic and a busier test period stays busier.
     */
    private static double scale(Parameters parameters, double[] rows, int stepMinutes, TrafficLevel traffic) {
        String text = parameters.text("scale").strip();
        if (!text.equalsIgnoreCase("task")) {
            return parameters.number("scale", 0, 1e6);
        }
        double meanStep = stepMinutes * Arrays.stream(rows).average().orElseThrow();
        if (meanStep == 0) {
            throw parameters.rejected("scale", text, "the trace's values are all zero, so no multiplier brings"
                    + " them to the task's base rate; give a fixed scale such as scale=1, or another column");
        }
        return traffic.baseRate() / meanStep;
    }

    private static int start(Parameters parameters, int count) {
        if (parameters.text("start").strip().equalsIgnoreCase("random")) {
            return -1;
        }
        return parameters.integer("start", 0, count - 1);
    }
}
