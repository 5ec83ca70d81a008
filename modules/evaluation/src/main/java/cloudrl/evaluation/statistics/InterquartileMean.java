package cloudrl.evaluation.statistics;

import java.util.Arrays;

/**
 * The interquartile mean: the mean of the middle half of the scores. Defined as rliable does (SciPy's
 * {@code trim_mean} with a 25 % cut): sort the {@code n} scores, drop {@code floor(n / 4)} from each
 * end, average the rest. With fewer than four scores nothing is dropped.
 */
public final class InterquartileMean {

    private InterquartileMean() {
    }

    /**
     * The interquartile mean of {@code values}.
     *
     * @throws IllegalArgumentException when {@code values} is empty
     */
    public static double of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("an interquartile mean needs at least one value, got none");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted);
    }

    /** The interquartile mean of all runs of all tasks pooled, as rliable's aggregate IQM. */
    public static double of(StratifiedScores scores) {
        double[] pooled = scores.pooled();
        Arrays.sort(pooled);
        return ofSorted(pooled);
    }

    private static double ofSorted(double[] sorted) {
        int cut = sorted.length / 4;
        double sum = 0;
        for (int i = cut; i < sorted.length - cut; i++) {
            sum += sorted[i];
        }
        return sum / (sorted.length - 2 * cut);
    }
}
