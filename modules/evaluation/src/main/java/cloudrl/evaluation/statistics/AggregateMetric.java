package cloudrl.evaluation.statistics;

/** One number summarising the scores of several tasks; what the bootstrap puts an interval on. */
@FunctionalInterface
public interface AggregateMetric {

    /** The metric of {@code scores}. */
    double of(StratifiedScores scores);

    /** The mean over tasks of each task's mean score (rliable's aggregate mean). */
    static AggregateMetric mean() {
        return scores -> {
            double sum = 0;
            for (int task = 0; task < scores.taskCount(); task++) {
                double[] runs = scores.view(task);
                double taskSum = 0;
                for (double run : runs) {
                    taskSum += run;
                }
                sum += taskSum / runs.length;
            }
            return sum / scores.taskCount();
        };
    }

    /** The interquartile mean of all runs pooled; see {@link InterquartileMean}. */
    static AggregateMetric interquartileMean() {
        return InterquartileMean::of;
    }
}
