package cloudrl.oracle;

import cloudrl.api.TrafficOutcomes;

/**
 * The exact expected return of the grid controller of a belief plan: after every rate it moves its
 * belief by Bayes' rule from its grid point and rounds the posterior to the nearest grid point, and
 * acts as the plan says there. Its state is (step, fleet, grid point); with the true hidden state added
 * the process is a Markov chain, evaluated backwards:
 *
 * <pre>
 *   X_t(f', w, i) = Σ_{r, w'} P(r, w' | w) · [ R(f', r) + (1 - ends(f', r)) · X_{t+1}(f'', w', i') ]
 *   i' = nearest(b'(g_i, r)),   f'' = next(f', plan_{t+1}(f', i'))
 * </pre>
 *
 * where {@code X_t(f', w, i)} is the expected reward of steps {@code t + 1 .. T} once the decision after
 * {@code t} steps led to {@code f'}, the traffic being in {@code w} with the controller at grid point
 * {@code i}; the return sums the reset draw. The draws are the chain's own ({@code TrafficChain.from}),
 * with the same cut tails as the planner, so the figure is at most the truncation bound below the
 * controller's true return and never above it.
 */
final class BeliefPlanEvaluation {

    private BeliefPlanEvaluation() {
    }

    static double expectedReturn(ScalingMdp mdp, BeliefSteps steps, byte[] actions) {
        int horizon = mdp.maxSteps();
        int fleets = mdp.fleetCount();
        int points = steps.grid().size();
        TrafficOutcomes[] draws = {mdp.traffic().from(0), mdp.traffic().from(1)};
        double[] later = new double[fleets * 2 * points]; // X_{t+1}(f', w, i) at (f' * 2 + w) * points + i
        for (int step = horizon - 1; step >= 0; step--) {
            boolean last = step + 1 == horizon;
            double[] now = new double[later.length];
            int nextDecision = (step + 1) * fleets;
            int[] layer = mdp.layer(step + 1);
            for (int position = 0; position < layer.length; position++) {
                int fleet = layer[position];
                if (!mdp.entered(fleet)) {
                    continue;
                }
                for (int state = 0; state < 2; state++) {
                    TrafficOutcomes draw = draws[state];
                    for (int i = 0; i < points; i++) {
                        double sum = 0;
                        for (int o = 0; o < draw.size(); o++) {
                            int rate = draw.rate(o);
                            double value = mdp.reward(fleet, rate);
                            if (!last && !mdp.ends(fleet, rate) && !mdp.terminal(fleet)) {
                                int moved = steps.nearest(i, rate);
                                int next = mdp.move(step + 1, position, actions[(nextDecision + fleet) * points + moved]);
                                value += later[(next * 2 + draw.nextState(o)) * points + moved];
                            }
                            sum += draw.probability(o) * value;
                        }
                        now[(fleet * 2 + state) * points + i] = sum;
                    }
                }
            }
            later = now;
        }
        TrafficOutcomes reset = mdp.traffic().atReset();
        double expected = 0;
        for (int o = 0; o < reset.size(); o++) {
            int first = steps.nearestAtReset(reset.rate(o));
            int next = mdp.next(0, 0, actions[first]); // the reset fleet is state 0, decided after 0 steps
            expected += reset.probability(o) * later[(next * 2 + reset.nextState(o)) * points + first];
        }
        return expected;
    }
}
