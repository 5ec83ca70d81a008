package cloudrl.api;

/**
 * The exact distribution of one step's request rate over a contiguous range of rates, with the
 * probability mass of the rates left out (the far tails) stated rather than hidden.
 */
public final class RateDistribution {

    /** Most rates a distribution may keep; wider spreads are refused rather than planned slowly. */
    public static final int MAX_RATES = 1_000_000;

    private final int lowestRate;
    private final double[] probabilities;
    private final double missingMass;

    private RateDistribution(int lowestRate, double[] probabilities, double missingMass) {
        this.lowestRate = lowestRate;
        this.probabilities = probabilities;
        this.missingMass = missingMass;
    }

    /**
     * The rate {@code max(0, floor(base + std · Z))}, as the reference Gaussian workload draws it, Z standard normal:
     * {@code P(0) = Φ((1 - base) / std)} and {@code P(k) = Φ((k + 1 - base) / std) - Φ((k - base) / std)}
     * for {@code k >= 1}. Rates are kept from the centre outwards until each tail beyond the kept
     * range holds at most {@code tailMass / 2}; with {@code std = 0} the rate is
     * {@code max(0, floor(base))} for certain.
     *
     * @param tailMass the most probability the two left-out tails may hold together, in (0, 1e-3]
     * @throws IllegalArgumentException when {@code tailMass} is out of range or the kept range would
     *                                  exceed {@link #MAX_RATES} rates
     */
    public static RateDistribution flooredNormal(double base, double std, double tailMass) {
        if (!(std >= 0) || !Double.isFinite(base)) {
            throw new IllegalArgumentException("a normal draw of base " + base + " and std " + std
                    + " is not allowed: the base must be finite and the std at least 0");
        }
        return cut(base, std, tailMass);
    }

    /**
     * The rate {@code max(0, round(level + std · Z))}, rounding half up, as the workload models of
     * {@code cloudrl.workload} emit it: zero for every draw below 1/2, and {@code k >= 1} for draws in
     * {@code [k - 1/2, k + 1/2)}. That is exactly {@code max(0, floor((level + 1/2) + std · Z))}, the
     * Gaussian form with the base moved up by one half.
     *
     * @throws IllegalArgumentException as {@link #flooredNormal}
     */
    public static RateDistribution roundedNormal(double level, double std, double tailMass) {
        return flooredNormal(level + 0.5, std, tailMass);
    }

    private static RateDistribution cut(double base, double std, double tailMass) {
        if (!(tailMass > 0 && tailMass <= 1e-3)) {
            throw new IllegalArgumentException("tailMass " + tailMass + " is not allowed: must be in (0, 0.001]");
        }
        if (std == 0) {
            return new RateDistribution((int) Math.max(0, Math.floor(base)), new double[] {1.0}, 0.0);
        }
        double perTail = tailMass / 2;
        int centre = (int) Math.max(0, Math.floor(base));
        // highest kept rate: the first k at or above the centre with P(rate > k) <= perTail
        int highest = centre;
        while (StandardNormal.upperTail((highest + 1 - base) / std) > perTail) {
            highest++;
            requireWidth(std, highest - centre);
        }
        // lowest kept rate: the last k at or below the centre with P(rate < k) <= perTail (rate 0 gathers
        // everything below 1, so nothing is lost below 0)
        int lowest = centre;
        while (lowest > 0 && StandardNormal.cdf((lowest - base) / std) > perTail) {
            lowest--;
            requireWidth(std, highest - lowest);
        }
        requireWidth(std, highest - lowest + 1);
        double[] probabilities = new double[highest - lowest + 1];
        for (int rate = lowest; rate <= highest; rate++) {
            double upper = (rate + 1 - base) / std;
            probabilities[rate - lowest] = rate == 0 ? StandardNormal.cdf(upper)
                    : StandardNormal.mass((rate - base) / std, upper);
        }
        double lowerTail = lowest == 0 ? 0.0 : StandardNormal.cdf((lowest - base) / std);
        double upperTail = StandardNormal.upperTail((highest + 1 - base) / std);
        return new RateDistribution(lowest, probabilities, lowerTail + upperTail);
    }

    private static void requireWidth(double std, long rates) {
        if (rates > MAX_RATES) {
            throw new IllegalArgumentException("a workload with noise std " + std
                    + " spreads over more than " + MAX_RATES + " request rates: too wide to plan exactly");
        }
    }

    /** The smallest rate kept. */
    public int lowestRate() {
        return lowestRate;
    }

    /** The largest rate kept. */
    public int highestRate() {
        return lowestRate + probabilities.length - 1;
    }

    /** Number of rates kept. */
    public int size() {
        return probabilities.length;
    }

    /** {@code P(rate)}; zero outside the kept range. */
    public double probability(int rate) {
        int index = rate - lowestRate;
        return index < 0 || index >= probabilities.length ? 0.0 : probabilities[index];
    }

    /** The probability of the rates left out; the kept probabilities sum to one minus this. */
    public double missingMass() {
        return missingMass;
    }

    /** The kept probabilities in rate order, from {@link #lowestRate()}: a copy. */
    public double[] probabilities() {
        return probabilities.clone();
    }

    @Override
    public String toString() {
        return "RateDistribution(rates " + lowestRate + ".." + highestRate() + ", missing mass " + missingMass + ")";
    }
}
