package cloudrl.oracle;

/**
 * How one draw moves a belief on the grid, tabulated once for the planner and the evaluation: for
 * every grid point {@code g_i} and every rate {@code r} with {@code P(r | g_i) > 0}, that probability
 * and where the posterior {@code b'(g_i, r)} falls (its bracket and weight, for interpolation); for
 * every grid point and every listed rate, the grid point nearest the posterior (where the grid
 * controller's belief goes); and the same for the reset draw. Rows are stored one after another
 * ({@code start(i) .. start(i + 1) - 1}).
 */
final class BeliefSteps {

    private final BeliefFilter filter;
    private final BeliefGrid grid;
    private final int lowestRate;
    private final int span;
    private final int[] start;
    private final int[] rates;
    private final double[] probabilities;
    private final int[] brackets;
    private final double[] weights;
    private final int[] nearest;
    private final Row reset;

    /** One draw's rates with their probabilities and where each takes the belief. */
    record Row(int[] rates, double[] probabilities, int[] brackets, double[] weights, int[] nearest) {
    }

    BeliefSteps(BeliefFilter filter, BeliefGrid grid) {
        this.filter = filter;
        this.grid = grid;
        this.lowestRate = filter.lowestRate();
        this.span = filter.highestRate() - lowestRate + 1;
        int points = grid.size();
        this.start = new int[points + 1];
        int count = 0;
        for (int i = 0; i < points; i++) {
            start[i] = count;
            for (int rate = lowestRate; rate < lowestRate + span; rate++) {
                count += filter.probability(grid.point(i), rate) > 0 ? 1 : 0;
            }
        }
        start[points] = count;
        this.rates = new int[count];
        this.probabilities = new double[count];
        this.brackets = new int[count];
        this.weights = new double[count];
        this.nearest = new int[points * span];
        int at = 0;
        for (int i = 0; i < points; i++) {
            double belief = grid.point(i);
            for (int rate = lowestRate; rate < lowestRate + span; rate++) {
                double posterior = filter.update(belief, rate);
                nearest[i * span + rate - lowestRate] = grid.nearest(posterior);
                double probability = filter.probability(belief, rate);
                if (probability > 0) {
                    rates[at] = rate;
                    probabilities[at] = probability;
                    brackets[at] = grid.bracket(posterior);
                    weights[at] = grid.weight(posterior, brackets[at]);
                    at++;
                }
            }
        }
        int listed = 0;
        for (int rate = lowestRate; rate < lowestRate + span; rate++) {
            listed += filter.atReset(0, rate) + filter.atReset(1, rate) > 0 ? 1 : 0;
        }
        Row first = new Row(new int[listed], new double[listed], new int[listed], new double[listed], new int[listed]);
        int o = 0;
        for (int rate = lowestRate; rate < lowestRate + span; rate++) {
            double probability = filter.atReset(0, rate) + filter.atReset(1, rate);
            if (probability > 0) {
                double posterior = filter.atReset(rate);
                first.rates()[o] = rate;
                first.probabilities()[o] = probability;
                first.brackets()[o] = grid.bracket(posterior);
                first.weights()[o] = grid.weight(posterior, first.brackets()[o]);
                first.nearest()[o] = grid.nearest(posterior);
                o++;
            }
        }
        this.reset = first;
    }

    BeliefFilter filter() {
        return filter;
    }

    BeliefGrid grid() {
        return grid;
    }

    /** The first entry of grid point {@code i}'s row; {@code start(size)} ends the last row. */
    int start(int i) {
        return start[i];
    }

    int rate(int entry) {
        return rates[entry];
    }

    double probability(int entry) {
        return probabilities[entry];
    }

    int bracket(int entry) {
        return brackets[entry];
    }

    double weight(int entry) {
        return weights[entry];
    }

    /** The grid point nearest the posterior from grid point {@code i} after {@code rate}. */
    int nearest(int i, int rate) {
        if (rate < lowestRate || rate >= lowestRate + span) {
            return grid.nearest(filter.update(grid.point(i), rate));
        }
        return nearest[i * span + rate - lowestRate];
    }

    /** The grid point nearest the posterior after the reset draw gave {@code rate}. */
    int nearestAtReset(int rate) {
        return grid.nearest(filter.atReset(rate));
    }

    /** The reset draw's listed rates, their probabilities and the posteriors they lead to. */
    Row reset() {
        return reset;
    }
}
