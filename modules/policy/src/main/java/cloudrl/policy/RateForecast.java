package cloudrl.policy;

/**
 * Forecasts the request rate from the rates seen so far in an episode: {@link #observe} each step's
 * rate, then ask {@link #forecast} for a step ahead. Keeps state; {@link #reset()} forgets it.
 */
public interface RateForecast {

    /** Records the rate of the step just observed. */
    void observe(double rate);

    /**
     * The forecast rate {@code horizon} steps after the last observed one.
     *
     * @param horizon steps ahead, at least 1
     * @throws IllegalStateException before any rate was observed
     */
    double forecast(int horizon);

    /** Forgets every observed rate. */
    void reset();
}
