package cloudrl.agents;

/**
 * Sums each environment's rewards until its episode ends and keeps the returns of the most recent
 * episodes, for the progress display and the learning curve.
 */
final class EpisodeReturns {

    /** Episodes the recent mean is taken over. */
    static final int WINDOW = 100;

    private final double[] running;
    private final double[] recent = new double[WINDOW];
    private long episodes;

    EpisodeReturns(int envs) {
        this.running = new double[envs];
    }

    /** Adds environment {@code i}'s reward; when its episode ended on this step, records the return. */
    void add(int i, double reward, boolean ended) {
        running[i] += reward;
        if (ended) {
            recent[(int) (episodes % WINDOW)] = running[i];
            episodes++;
            running[i] = 0;
        }
    }

    /** Episodes finished so far. */
    long episodes() {
        return episodes;
    }

    /** Mean return of the last {@link #WINDOW} finished episodes; NaN before the first. */
    double recentMean() {
        int n = (int) Math.min(episodes, WINDOW);
        if (n == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += recent[k];
        }
        return sum / n;
    }
}
