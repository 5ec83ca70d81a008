package cloudrl.evaluation.statistics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every interval that comparing one algorithm with a baseline needs, all from the same bootstrap
 * replicates; made by {@link StratifiedBootstrap#summary}.
 *
 * @param taskMeans        per task, in task order: the mean score
 * @param taskIqms         per task: the interquartile mean
 * @param taskImprovements per task: the probability that a run beats a baseline run; empty without a baseline
 * @param mean             the mean over tasks of the task means ({@link AggregateMetric#mean()})
 * @param iqm              the interquartile mean of all runs of all tasks pooled
 * @param improvement      the mean over tasks of the probability of improvement; empty without a baseline
 * @param profile          at each threshold given, the fraction of all runs scoring above it
 */
public record BootstrapSummary(List<IntervalEstimate> taskMeans, List<IntervalEstimate> taskIqms,
                               List<IntervalEstimate> taskImprovements, IntervalEstimate mean, IntervalEstimate iqm,
                               Optional<IntervalEstimate> improvement, List<IntervalEstimate> profile) {

    public BootstrapSummary {
        taskMeans = List.copyOf(taskMeans);
        taskIqms = List.copyOf(taskIqms);
        taskImprovements = List.copyOf(taskImprovements);
        profile = List.copyOf(profile);
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(iqm, "iqm");
        Objects.requireNonNull(improvement, "improvement");
    }
}
