package cloudrl.reward;

/**
 * The utilisation band a reward aims for, in percent, and the score of one utilisation against it:
 * 1.0 at the centre falling to 0.5 at the edges inside; below it a waste penalty, above it a
 * steeper instability penalty, both growing with the distance.
 *
 * @param low  the lower edge, in [0, 100)
 * @param high the upper edge, in (low, 100]
 */
public record TargetBand(double low, double high) {

    /** The seed's band, 40 to 70 %. */
    public static final TargetBand DEFAULT = new TargetBand(40, 70);

    public TargetBand {
        if (!(low >= 0 && low < 100)) {
            throw new IllegalArgumentException("target band low " + low + " is not allowed: must be in [0, 100)");
        }
        if (!(high > low && high <= 100)) {
            throw new IllegalArgumentException("target band high " + high + " is not allowed: must be in ("
                    + low + ", 100]");
        }
    }

    /** Whether {@code utilisation} lies inside the band, edges included. */
    public boolean contains(double utilisation) {
        return utilisation >= low && utilisation <= high;
    }

    /** The score of {@code utilisation}: in [0.5, 1] inside, negative outside. */
    public double score(double utilisation) {
        if (utilisation < low) {
            return -0.3 - (low - utilisation) / 100.0;
        }
        if (utilisation > high) {
            return -1.0 - (utilisation - high) / 100.0;
        }
        double centre = (low + high) / 2;
        double halfWidth = (high - low) / 2;
        return 1.0 - 0.5 * Math.abs(utilisation - centre) / halfWidth;
    }
}
