package cloudrl.workload;

/** Turns a traffic level into a request count: the nearest whole number, never negative. */
final class RequestCount {

    private RequestCount() {
    }

    /**
     * Rounding to the nearest whole number (not flooring) keeps the mean of the counts at the mean
     * of the level, so a model's long-run mean formula holds for what it emits.
     */
    static int of(double level) {
        if (!(level > 0)) {
            return 0;
        }
        return (int) Math.min(Math.round(level), Integer.MAX_VALUE);
    }
}
