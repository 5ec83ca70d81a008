package cloudrl.agents;

/**
 * Where a training run stands.
 *
 * @param steps          environment steps taken so far
 * @param totalSteps     environment steps the run aims for
 * @param episodes       episodes finished so far
 * @param recentReturn   mean return of the last 100 finished training episodes (with exploration); NaN before the first
 * @param elapsedSeconds wall-clock time since training started (or resumed)
 * @param startSteps     the step count training started (or resumed) from
 */
public record TrainingProgress(long steps, long totalSteps, long episodes, double recentReturn, double elapsedSeconds,
                               long startSteps) {

    /** Progress of a run that started from step 0. */
    public TrainingProgress(long steps, long totalSteps, long episodes, double recentReturn, double elapsedSeconds) {
        this(steps, totalSteps, episodes, recentReturn, elapsedSeconds, 0);
    }

    /** Steps per second so far in this process; 0 at the start. */
    public double stepsPerSecond() {
        return elapsedSeconds > 0 ? (steps - startSteps) / elapsedSeconds : 0;
    }

    /** Seconds still to go at the rate so far; NaN before there is a rate. */
    public double remainingSeconds() {
        double rate = stepsPerSecond();
        return rate > 0 ? Math.max(0, totalSteps - steps) / rate : Double.NaN;
    }

    /** Fraction done, in [0, 1]. */
    public double fraction() {
        return Math.min(1, (double) steps / totalSteps);
    }
}
