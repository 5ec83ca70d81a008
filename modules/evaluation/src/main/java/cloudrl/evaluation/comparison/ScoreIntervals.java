package cloudrl.evaluation.comparison;

import cloudrl.evaluation.statistics.IntervalEstimate;

import java.util.Objects;

/**
 * The mean and the interquartile mean of one kind of score, each with its bootstrap interval.
 *
 * @param mean the mean (over tasks, the mean of the task means)
 * @param iqm  the interquartile mean (over tasks, of all episodes pooled)
 */
public record ScoreIntervals(IntervalEstimate mean, IntervalEstimate iqm) {

    public ScoreIntervals {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(iqm, "iqm");
    }
}
