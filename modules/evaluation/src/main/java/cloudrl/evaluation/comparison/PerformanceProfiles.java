package cloudrl.evaluation.comparison;

import cloudrl.evaluation.statistics.IntervalEstimate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every policy's performance profile over the same thresholds: the fraction of its episodes, all
 * tasks pooled, scoring above each threshold, with a bootstrap interval.
 *
 * @param measure    what the episodes are scored by
 * @param thresholds the thresholds, ascending
 * @param byPolicy   each policy's profile, one interval per threshold, in the policies' order
 */
public record PerformanceProfiles(Measure measure, List<Double> thresholds, Map<String, List<IntervalEstimate>> byPolicy) {

    /** What a profile scores episodes by. */
    public enum Measure {
        /** The cumulative reward as a percentage of the task's optimal expected return, comparable across tasks. */
        PERCENT_OF_OPTIMAL,
        /** The cumulative reward itself, when some task has no known optimum. */
        CUMULATIVE_REWARD
    }

    public PerformanceProfiles {
        thresholds = List.copyOf(thresholds);
        Map<String, List<IntervalEstimate>> copy = new LinkedHashMap<>();
        byPolicy.forEach((policy, profile) -> copy.put(policy, List.copyOf(profile)));
        byPolicy = Collections.unmodifiableMap(copy);
    }
}
