package cloudrl.api;

import java.util.Arrays;

/**
 * The distribution of one step's request rate over a contiguous range of rates, with the
 * probability mass of the rates left out (the far tails) stated rather than hidden. A value: how
 * it is computed (for normal draws, {@code cloudrl.env.NormalRates}) is the workload's business.
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
     * The rates {@code lowestRate, lowestRate + 1, ...} with {@code probabilities}, and
     * {@code missingMass} left out.
     *
     * @throws IllegalArgumentException when a probability is negative or not a number, there are none
     *                                  or more than {@link #MAX_RATES}, the rates start below zero, or the
     *                                  kept and missing mass do not add up to one within 1e-9
     */
    public static RateDistribution of(int lowestRate, double[] probabilities, double missingMass) {
        if (lowestRate < 0) {
            throw new IllegalArgumentException("lowestRate " + lowestRate + " is not allowed: rates are never negative");
        }
        if (probabilities.length < 1 || probabilities.length > MAX_RATES) {
            throw new IllegalArgumentException(probabilities.length + " rates are not allowed: must be between 1 and "
                    + MAX_RATES);
        }
        double total = missingMass;
        for (double probability : probabilities) {
            if (!(probability >= 0)) {
                throw new IllegalArgumentException("probability " + probability + " is not allowed: must be at least 0");
            }
            total += probability;
        }
        if (!(missingMass >= 0) || Math.abs(total - 1) > 1e-9) {
            throw new IllegalArgumentException("probabilities and missing mass " + missingMass + " add up to " + total
                    + ": must add up to 1");
        }
        return new RateDistribution(lowestRate, probabilities.clone(), missingMass);
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
    public boolean equals(Object other) {
        return other instanceof RateDistribution that && lowestRate == that.lowestRate
                && Double.compare(missingMass, that.missingMass) == 0 && Arrays.equals(probabilities, that.probabilities);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * lowestRate + Arrays.hashCode(probabilities)) + Double.hashCode(missingMass);
    }

    @Override
    public String toString() {
        return "RateDistribution(rates " + lowestRate + ".." + highestRate() + ", missing mass " + missingMass + ")";
    }
}
