package cloudrl.ui.swing.compare;

import cloudrl.api.Episode;
import cloudrl.api.GradeReport;
import cloudrl.evaluation.EpisodeResults;
import cloudrl.evaluation.MeanInterval;
import cloudrl.workload.TraceClock;

import java.util.Objects;
import java.util.Optional;

/**
 * How one contender did: its episode on the shown seed, graded, and its N episodes on the seeds
 * derived from it (the same for every contender), summarised.
 *
 * @param name             the contender's name
 * @param episode          the episode played from the shown seed
 * @param grade            that episode's grade
 * @param results          every one of the N episodes' figures, in seed order
 * @param cumulativeReward the N episodes' mean cumulative reward with its 95 % interval
 * @param finalScore       their mean final score with its 95 % interval
 * @param hindsight        on a trace, the shown episode's hindsight optimum and its return; empty elsewhere
 * @param percentOfHindsight on a trace, the N episodes' mean percentage of their hindsight optimum with
 *                         its 95 % interval; empty elsewhere
 * @param clock            on a trace that knows when it was recorded, when the shown episode's steps were
 *                         recorded ({@code TraceWorkload.clock()}, the same for every contender); empty elsewhere
 */
public record Standing(String name, Episode episode, GradeReport grade, EpisodeResults results,
                       MeanInterval cumulativeReward, MeanInterval finalScore, Optional<Hindsight> hindsight,
                       Optional<MeanInterval> percentOfHindsight, Optional<TraceClock> clock) {

    public Standing {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(hindsight, "hindsight");
        Objects.requireNonNull(percentOfHindsight, "percentOfHindsight");
        Objects.requireNonNull(clock, "clock");
    }
}
