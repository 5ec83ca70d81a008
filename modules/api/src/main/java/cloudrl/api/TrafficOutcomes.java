package cloudrl.api;

import java.util.Arrays;

/**
 * What one draw of traffic can produce: each outcome is a request rate, the workload state it
 * leaves the traffic in, and its probability. The probabilities sum to one minus
 * {@link #missingMass()}, the mass of outcomes too unlikely to list.
 */
public final class TrafficOutcomes {

    private final int[] rates;
    private final int[] nextStates;
    private final double[] probabilities;
    private final double missingMass;

    /**
     * @throws IllegalArgumentException when the arrays differ in length or are empty, a rate or state
     *                                  is negative, a probability is not in [0, 1], or the
     *                                  probabilities and the missing mass do not sum to one
     */
    public TrafficOutcomes(int[] rates, int[] nextStates, double[] probabilities, double missingMass) {
        if (rates.length == 0 || rates.length != nextStates.length || rates.length != probabilities.length) {
            throw new IllegalArgumentException("outcomes need as many rates, next states and probabilities, at"
                    + " least one, got " + rates.length + ", " + nextStates.length + ", " + probabilities.length);
        }
        double total = missingMass;
        for (int i = 0; i < rates.length; i++) {
            if (rates[i] < 0 || nextStates[i] < 0) {
                throw new IllegalArgumentException("outcome " + i + " has rate " + rates[i] + " and next state "
                        + nextStates[i] + ": neither may be negative");
            }
            if (!(probabilities[i] >= 0 && probabilities[i] <= 1)) {
                throw new IllegalArgumentException("outcome " + i + " has probability " + probabilities[i]
                        + ": must be in [0, 1]");
            }
            total += probabilities[i];
        }
        if (!(missingMass >= 0 && Math.abs(total - 1) <= 1e-9)) {
            throw new IllegalArgumentException("probabilities plus missing mass " + missingMass + " sum to " + total
                    + ": must sum to 1");
        }
        this.rates = rates.clone();
        this.nextStates = nextStates.clone();
        this.probabilities = probabilities.clone();
        this.missingMass = missingMass;
    }

    /** Every rate of {@code distribution}, each leaving the traffic in workload state {@code state}. */
    public static TrafficOutcomes independent(RateDistribution distribution, int state) {
        int size = distribution.size();
        int[] rates = new int[size];
        for (int i = 0; i < size; i++) {
            rates[i] = distribution.lowestRate() + i;
        }
        int[] states = new int[size];
        Arrays.fill(states, state);
        return new TrafficOutcomes(rates, states, distribution.probabilities(), distribution.missingMass());
    }

    /** Number of outcomes listed. */
    public int size() {
        return rates.length;
    }

    public int rate(int outcome) {
        return rates[outcome];
    }

    public int nextState(int outcome) {
        return nextStates[outcome];
    }

    public double probability(int outcome) {
        return probabilities[outcome];
    }

    /** The probability of the outcomes not listed. */
    public double missingMass() {
        return missingMass;
    }

    /** The smallest rate listed. */
    public int lowestRate() {
        return Arrays.stream(rates).min().orElseThrow();
    }

    /** The largest rate listed. */
    public int highestRate() {
        return Arrays.stream(rates).max().orElseThrow();
    }
}
