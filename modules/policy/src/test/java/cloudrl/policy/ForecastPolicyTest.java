package cloudrl.policy;

import cloudrl.api.Action;
import cloudrl.api.Observation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The forecasting policies' counts, worked out by hand for the reference environment: a request
 * needs 0.5 CPU units of a server's 30, so {@code rate} requests on {@code n} servers put
 * {@code cpu = rate x 5 / (3 n)} percent, and the policy reads 5/3 percent-servers per request.
 */
class ForecastPolicyTest {

    private static Observation state(int rate, int servers) {
        double cpu = rate * 5.0 / (3 * servers);
        return new Observation(cpu, cpu * 0.9, rate, servers);
    }

    @Test
    void lastValueWantsTheFewestServersThatKeepTheForecastAtOrBelowTheTarget() {
        ForecastPolicy policy = new ForecastPolicy(new LastValueForecast(), 60, 1);
        // 90 requests need 150 percent-servers; at most 60 % each: 2.5, so 3
        assertEquals(3, policy.desiredServers(state(90, 3)));
        // 120 requests need 200: 3.33, so 4
        assertEquals(4, policy.desiredServers(state(120, 3)));
        assertEquals(Action.INCREASE, policy.act(state(120, 3)));
        // 72 requests need 120: exactly 2, not rounded up to 3
        assertEquals(2, policy.desiredServers(state(72, 3)));
        assertEquals(Action.DECREASE, policy.act(state(72, 3)));
    }

    @Test
    void movingAverageScalesToTheWindowsMean() {
        ForecastPolicy policy = new ForecastPolicy(new MovingAverageForecast(2), 50, 1);
        policy.desiredServers(state(60, 2));
        // mean of 60 and 150 is 105: 175 percent-servers at 50 % each is 3.5, so 4
        assertEquals(4, policy.desiredServers(state(150, 5)));
    }

    @Test
    void theLeadCarriesTheHighestForecastOverTheNextSteps() {
        // alpha = beta = 1, gamma = 0: level = last rate, trend = last change, a straight-line extrapolation
        ForecastPolicy nextStep = new ForecastPolicy(new HoltWintersForecast(1, 1, 0, 1), 50, 1);
        ForecastPolicy threeAhead = new ForecastPolicy(new HoltWintersForecast(1, 1, 0, 1), 50, 3);
        for (ForecastPolicy policy : new ForecastPolicy[] {nextStep, threeAhead}) {
            policy.desiredServers(state(60, 3));
        }
        // after 60 and 90: forecasts 120, 150, 180
        assertEquals(4, nextStep.desiredServers(state(90, 3)));   // 120 x 5/3 = 200 at 50 %: 4
        assertEquals(6, threeAhead.desiredServers(state(90, 3))); // 180 x 5/3 = 300 at 50 %: 6
    }

    @Test
    void withoutARateToReadTheCostFromItKeepsTheCountAndResetForgetsIt() {
        ForecastPolicy policy = new ForecastPolicy(new LastValueForecast(), 60, 1);
        assertEquals(3, policy.desiredServers(new Observation(0, 0, 0, 3)));
        assertEquals(Action.MAINTAIN, policy.act(new Observation(0, 0, 0, 3)));
        assertEquals(2, policy.desiredServers(state(72, 3)));
        policy.reset();
        assertEquals(4, policy.desiredServers(new Observation(0, 0, 0, 4)));
        // a falling straight line forecasts below zero: one server, never none
        ForecastPolicy falling = new ForecastPolicy(new HoltWintersForecast(1, 1, 0, 1), 60, 1);
        falling.desiredServers(state(90, 3));
        assertEquals(1, falling.desiredServers(state(10, 3)));
    }
}
