package cloudrl.agents;

import java.util.Arrays;

/**
 * Running mean and variance of each input, used to put every input on a unit scale:
 * {@code clamp((x - mean) / sqrt(variance + 1e-8), -clip, clip)}.
 *
 * <p>Why running statistics rather than a fixed scaling from the observation space: the space
 * bounds CPU and memory (0 to 100 %) but not the request rate or the servers, and their typical
 * values differ several-fold between tasks and workloads (40 ± 5 requests on easy, 80 ± 25 on
 * hard). Statistics measured on the states training actually visits put all of them near zero
 * with unit spread for any task. They are cumulative over the run, so they settle quickly and
 * then hardly move; the values at the moment of saving are stored with the model and used
 * unchanged when it acts. The batches are merged with the parallel form of Welford's algorithm
 * (Chan, Golub and LeVeque), which stays accurate over millions of samples.
 */
public final class ObservationNormaliser {

    /** Normalised inputs are clamped to [-CLIP, CLIP], so a rare extreme state cannot swamp the network. */
    public static final float CLIP = 5f;

    private static final double EPSILON = 1e-8;

    private final int width;
    private final double[] mean;
    private final double[] squaredDeviations;
    private double count;

    /** Statistics of {@code width} inputs that have seen nothing yet: mean 0, variance 1. */
    public ObservationNormaliser(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width " + width + " is not allowed: must be at least 1");
        }
        this.width = width;
        this.mean = new double[width];
        this.squaredDeviations = new double[width];
    }

    /** Statistics restored from saved values. */
    public static ObservationNormaliser restore(double count, double[] mean, double[] variance) {
        if (mean.length != variance.length) {
            throw new IllegalArgumentException("mean has " + mean.length + " values but variance has " + variance.length);
        }
        if (!(count >= 0) || Double.isInfinite(count)) {
            throw new IllegalArgumentException("count " + count + " is not allowed: must be a finite number >= 0");
        }
        ObservationNormaliser restored = new ObservationNormaliser(mean.length);
        for (int j = 0; j < mean.length; j++) {
            if (!Double.isFinite(mean[j]) || !(variance[j] >= 0) || Double.isInfinite(variance[j])) {
                throw new IllegalArgumentException("mean " + mean[j] + " and variance " + variance[j] + " of input " + j
                        + " are not allowed: must be finite, variance >= 0");
            }
            restored.mean[j] = mean[j];
            restored.squaredDeviations[j] = variance[j] * count;
        }
        restored.count = count;
        return restored;
    }

    /** An independent copy of these statistics. */
    public ObservationNormaliser copy() {
        ObservationNormaliser copy = new ObservationNormaliser(width);
        System.arraycopy(mean, 0, copy.mean, 0, width);
        System.arraycopy(squaredDeviations, 0, copy.squaredDeviations, 0, width);
        copy.count = count;
        return copy;
    }

    /** Number of inputs. */
    public int width() {
        return width;
    }

    /** Rows seen so far. */
    public double count() {
        return count;
    }

    /**
     * Merges rows {@code from .. to-1} of {@code rows} (row-major, {@link #width()} values each) into
     * the statistics; rows whose {@code include} flag is false are skipped ({@code include} may be null).
     */
    public void update(float[] rows, int from, int to, boolean[] include) {
        double batchCount = 0;
        double[] batchMean = new double[width];
        double[] batchSquares = new double[width];
        for (int row = from; row < to; row++) {
            if (include != null && !include[row]) {
                continue;
            }
            batchCount++;
            int at = row * width;
            for (int j = 0; j < width; j++) {
                double delta = rows[at + j] - batchMean[j];
                batchMean[j] += delta / batchCount;
                batchSquares[j] += delta * (rows[at + j] - batchMean[j]);
            }
        }
        if (batchCount == 0) {
            return;
        }
        double total = count + batchCount;
        for (int j = 0; j < width; j++) {
            double delta = batchMean[j] - mean[j];
            mean[j] += delta * batchCount / total;
            squaredDeviations[j] += batchSquares[j] + delta * delta * count * batchCount / total;
        }
        count = total;
    }

    /** The running means. */
    public double[] mean() {
        return mean.clone();
    }

    /** The running (population) variances; 1 before anything was seen. */
    public double[] variance() {
        double[] variance = new double[width];
        for (int j = 0; j < width; j++) {
            variance[j] = count > 0 ? squaredDeviations[j] / count : 1;
        }
        return variance;
    }

    /** The means as float32, what the networks subtract. */
    public float[] shift() {
        float[] shift = new float[width];
        for (int j = 0; j < width; j++) {
            shift[j] = (float) mean[j];
        }
        return shift;
    }

    /** {@code 1 / sqrt(variance + 1e-8)} as float32, what the networks multiply by after the shift. */
    public float[] scale() {
        double[] variance = variance();
        float[] scale = new float[width];
        for (int j = 0; j < width; j++) {
            scale[j] = (float) (1 / Math.sqrt(variance[j] + EPSILON));
        }
        return scale;
    }

    @Override
    public String toString() {
        return "ObservationNormaliser(count=" + count + ", mean=" + Arrays.toString(mean) + ", variance="
                + Arrays.toString(variance()) + ")";
    }
}
