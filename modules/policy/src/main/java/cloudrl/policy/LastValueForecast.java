package cloudrl.policy;

/** The naive forecast: every future rate is the last one observed. */
public final class LastValueForecast implements RateForecast {

    private double last = Double.NaN;

    @Override
    public void observe(double rate) {
        last = rate;
    }

    @Override
    public double forecast(int horizon) {
        if (Double.isNaN(last)) {
            throw new IllegalStateException("no rate observed yet");
        }
        return last;
    }

    @Override
    public void reset() {
        last = Double.NaN;
    }
}
