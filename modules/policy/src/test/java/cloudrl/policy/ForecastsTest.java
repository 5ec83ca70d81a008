package cloudrl.policy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The three forecasts against forecasts worked out by hand. */
class ForecastsTest {

    @Test
    void lastValueRepeatsTheLastRateAtEveryHorizon() {
        LastValueForecast forecast = new LastValueForecast();
        assertThrows(IllegalStateException.class, () -> forecast.forecast(1));
        forecast.observe(12);
        forecast.observe(7);
        assertEquals(7, forecast.forecast(1));
        assertEquals(7, forecast.forecast(5));
        forecast.reset();
        assertThrows(IllegalStateException.class, () -> forecast.forecast(1));
    }

    @Test
    void movingAverageIsTheMeanOfTheLastWindow() {
        MovingAverageForecast forecast = new MovingAverageForecast(3);
        forecast.observe(10);
        forecast.observe(20);
        assertEquals(15, forecast.forecast(1), 1e-12); // (10 + 20) / 2 while fewer than 3 are seen
        forecast.observe(30);
        forecast.observe(40);
        assertEquals(30, forecast.forecast(1), 1e-12); // (20 + 30 + 40) / 3
        assertEquals(30, forecast.forecast(4), 1e-12);
        forecast.reset();
        forecast.observe(5);
        assertEquals(5, forecast.forecast(1), 1e-12);
    }

    @Test
    void holtWintersFollowsItsRecurrences() {
        // alpha = beta = gamma = 0.5, period 2, rates 10, 20, 14; by hand:
        // t0: level 10, trend 0, s = [0, 0]
        // t1 (place 1): level = .5 (20 - 0) + .5 (10 + 0) = 15; trend = .5 (15 - 10) + .5 0 = 2.5; s1 = .5 (20 - 15) = 2.5
        // t2 (place 0): level = .5 (14 - 0) + .5 (15 + 2.5) = 15.75; trend = .5 (0.75) + .5 (2.5) = 1.625;
        //               s0 = .5 (14 - 15.75) = -0.875
        HoltWintersForecast forecast = new HoltWintersForecast(0.5, 0.5, 0.5, 2);
        forecast.observe(10);
        assertEquals(10, forecast.forecast(1), 1e-12);
        forecast.observe(20);
        assertEquals(17.5, forecast.forecast(1), 1e-12);  // 15 + 2.5 + s0 (0)
        assertEquals(22.5, forecast.forecast(2), 1e-12);  // 15 + 2 x 2.5 + s1 (2.5)
        forecast.observe(14);
        assertEquals(19.875, forecast.forecast(1), 1e-12); // 15.75 + 1.625 + s1 (2.5)
        assertEquals(18.125, forecast.forecast(2), 1e-12); // 15.75 + 2 x 1.625 + s0 (-0.875)
    }

    @Test
    void outOfRangeSettingsAreRefusedNamingTheRange() {
        assertEquals("window 0 is not allowed: must be in [1, 10000]",
                assertThrows(IllegalArgumentException.class, () -> new MovingAverageForecast(0)).getMessage());
        assertEquals("gamma 1.5 is not allowed: must be in [0, 1]",
                assertThrows(IllegalArgumentException.class, () -> new HoltWintersForecast(0.5, 0.1, 1.5, 4))
                        .getMessage());
    }
}
