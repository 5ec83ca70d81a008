package cloudrl.oracle;

import cloudrl.api.TrafficChain;
import cloudrl.api.TrafficOutcomes;

/**
 * Bayes' rule for a traffic chain with two hidden states: the belief {@code b}, the probability that
 * the traffic is in state 1 given every rate seen so far, and how one more rate moves it. Everything
 * comes from the chain's own law, the joint probability of (rate, next state) from each state
 * ({@link TrafficChain#from}) and at reset ({@link TrafficChain#atReset}), so the update is exactly
 * the one the policy's observations allow: a policy sees each step's rate as the integer the
 * workload produced.
 *
 * <pre>
 *   P(r, k | b) = (1 - b) · P(r, k | 0) + b · P(r, k | 1)
 *   b'(b, r)    = P(r, 1 | b) / (P(r, 0 | b) + P(r, 1 | b))
 * </pre>
 *
 * A rate the belief holds impossible (a zero denominator: the tails the chain leaves out, or a state
 * the belief has ruled out) is read as if it came at reset, from the chain's reset law; a rate no law
 * lists keeps the belief's prediction. Whatever is chosen there, the exact evaluation of a controller
 * built on this filter accounts for it, since it uses the same filter.
 */
final class BeliefFilter {

    private final int lowestRate;
    private final double[][] reset;         // [state][rate]: P(r, w0 = state)
    private final double[][][] transition;  // [from][to][rate]: P(r, w' = to | w = from)
    private final double[] predicted;       // [from]: the listed mass of w' = 1 from each state
    private final double[] listed;          // [from]: the listed mass from each state

    BeliefFilter(TrafficChain chain) {
        if (chain.stateCount() != 2) {
            throw new IllegalArgumentException("a belief over a hidden state is kept for chains of two states, not "
                    + chain.name() + "'s " + chain.stateCount());
        }
        int low = chain.atReset().lowestRate();
        int high = chain.atReset().highestRate();
        for (int state = 0; state < 2; state++) {
            low = Math.min(low, chain.from(state).lowestRate());
            high = Math.max(high, chain.from(state).highestRate());
        }
        this.lowestRate = low;
        int span = high - low + 1;
        this.reset = new double[2][span];
        add(chain.atReset(), reset);
        this.transition = new double[2][2][span];
        this.predicted = new double[2];
        this.listed = new double[2];
        for (int from = 0; from < 2; from++) {
            add(chain.from(from), transition[from]);
            for (int rate = 0; rate < span; rate++) {
                predicted[from] += transition[from][1][rate];
                listed[from] += transition[from][0][rate] + transition[from][1][rate];
            }
        }
    }

    private void add(TrafficOutcomes outcomes, double[][] into) {
        for (int o = 0; o < outcomes.size(); o++) {
            into[outcomes.nextState(o)][outcomes.rate(o) - lowestRate] += outcomes.probability(o);
        }
    }

    /** The smallest rate any of the chain's laws lists. */
    int lowestRate() {
        return lowestRate;
    }

    /** The largest rate any of the chain's laws lists. */
    int highestRate() {
        return lowestRate + reset[0].length - 1;
    }

    /** P(r, w0 = state): the reset draw gives rate {@code rate} with the traffic in {@code state}. */
    double atReset(int state, int rate) {
        return listed(rate) ? reset[state][rate - lowestRate] : 0;
    }

    /** P(r, w' = to | w = from): one draw after reset. */
    double transition(int from, int to, int rate) {
        return listed(rate) ? transition[from][to][rate - lowestRate] : 0;
    }

    /** The belief after the reset draw gave {@code rate}. */
    double atReset(int rate) {
        double calm = atReset(0, rate);
        double other = atReset(1, rate);
        if (calm + other > 0) {
            return other / (calm + other);
        }
        double share = 0;
        double total = 0;
        for (int r = 0; r < reset[0].length; r++) {
            share += reset[1][r];
            total += reset[0][r] + reset[1][r];
        }
        return share / total;
    }

    /** P(r | b): the probability that the next draw gives {@code rate} when the belief is {@code belief}. */
    double probability(double belief, int rate) {
        return joint(belief, 0, rate) + joint(belief, 1, rate);
    }

    /** The belief after a draw that gave {@code rate}, from {@code belief}. */
    double update(double belief, int rate) {
        double zero = joint(belief, 0, rate);
        double one = joint(belief, 1, rate);
        if (zero + one > 0) {
            return one / (zero + one);
        }
        double calm = atReset(0, rate);
        double other = atReset(1, rate);
        if (calm + other > 0) {
            return other / (calm + other);
        }
        return ((1 - belief) * predicted[0] + belief * predicted[1]) / ((1 - belief) * listed[0] + belief * listed[1]);
    }

    private double joint(double belief, int to, int rate) {
        return (1 - belief) * transition(0, to, rate) + belief * transition(1, to, rate);
    }

    private boolean listed(int rate) {
        return rate >= lowestRate && rate - lowestRate < reset[0].length;
    }
}
