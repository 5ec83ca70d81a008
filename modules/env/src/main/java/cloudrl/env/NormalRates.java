package cloudrl.env;

import cloudrl.api.RateDistribution;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The distributions of request rates that normal draws give, cut to a stated tail mass: what the
 * Gaussian workload and the workload models of {@code cloudrl.workload} offer their planners.
 * The normal tails come from Commons Statistics, whose survival function stays exact far out
 * ({@code 1 - cdf} would cancel to zero, and the rates need bins of mass 1e-13 to be right).
 */
public final class NormalRates {

    private static final NormalDistribution Z = NormalDistribution.of(0, 1);

    private NormalRates() {
    }

    /**
     * The rate {@code max(0, floor(base + std · Z))}, as the reference Gaussian workload draws it, Z standard normal:
     * {@code P(0) = Φ((1 - base) / std)} and {@code P(k) = Φ((k + 1 - base) / std) - Φ((k - base) / std)}
     * for {@code k >= 1}. Rates are kept from the centre outwards until each tail beyond the kept
     * range holds at most {@code tailMass / 2}; with {@code std = 0} the rate is
     * {@code max(0, floor(base))} for certain.
     *
     * @param tailMass the most probability the two left-out tails may hold together, in (0, 1e-3]
     * @throws IllegalArgumentException when {@code tailMass} is out of range, the base is not finite,
     *                                  the std negative, or the kept range would exceed
     *                                  {@link RateDistribution#MAX_RATES} rates
     */
    public static RateDistribution flooredNormal(double base, double std, double tailMass) {
        if (!(std >= 0) || !Double.isFinite(base)) {
            throw new IllegalArgumentException("a normal draw of base " + base + " and std " + std
                    + " is not allowed: the base must be finite and the std at least 0");
        }
        if (!(tailMass > 0 && tailMass <= 1e-3)) {
            throw new IllegalArgumentException("tailMass " + tailMass + " is not allowed: must be in (0, 0.001]");
        }
        if (std == 0) {
            return RateDistribution.of((int) Math.max(0, Math.floor(base)), new double[] {1.0}, 0.0);
        }
        double perTail = tailMass / 2;
        int centre = (int) Math.max(0, Math.floor(base));
        // highest kept rate: the first k at or above the centre with P(rate > k) <= perTail
        int highest = centre;
        while (Z.survivalProbability((highest + 1 - base) / std) > perTail) {
            highest++;
            requireWidth(std, highest - centre);
        }
        // lowest kept rate: the last k at or below the centre with P(rate < k) <= perTail (rate 0 gathers
        // everything below 1, so nothing is lost below 0)
        int lowest = centre;
        while (lowest > 0 && Z.cumulativeProbability((lowest - base) / std) > perTail) {
            lowest--;
            requireWidth(std, highest - lowest);
        }
        requireWidth(std, highest - lowest + 1);
        double[] probabilities = new double[highest - lowest + 1];
        for (int rate = lowest; rate <= highest; rate++) {
            double upper = (rate + 1 - base) / std;
            probabilities[rate - lowest] = rate == 0 ? Z.cumulativeProbability(upper)
                    : Z.probability((rate - base) / std, upper);
        }
        double lowerTail = lowest == 0 ? 0.0 : Z.cumulativeProbability((lowest - base) / std);
        double upperTail = Z.survivalProbability((highest + 1 - base) / std);
        return RateDistribution.of(lowest, probabilities, lowerTail + upperTail);
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

    private static void requireWidth(double std, long rates) {
        if (rates > RateDistribution.MAX_RATES) {
            throw new IllegalArgumentException("a workload with noise std " + std
                    + " spreads over more than " + RateDistribution.MAX_RATES
                    + " request rates: too wide to plan exactly");
        }
    }
}
