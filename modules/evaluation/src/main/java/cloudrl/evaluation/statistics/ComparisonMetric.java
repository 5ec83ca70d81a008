package cloudrl.evaluation.statistics;

/** One number comparing two algorithms' scores on the same tasks, such as the probability of improvement. */
@FunctionalInterface
public interface ComparisonMetric {

    /** The metric of {@code x} against {@code y}; both have the same tasks in the same order. */
    double of(StratifiedScores x, StratifiedScores y);
}
