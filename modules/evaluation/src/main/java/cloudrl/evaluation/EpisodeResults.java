package cloudrl.evaluation;

import cloudrl.api.GradeReport;

import java.util.Objects;

/**
 * What every episode of one evaluation gave, in the order of its episode seeds: the cumulative
 * reward and the final grade of each, and whether it ended early or passed. Made by
 * {@link Evaluation#play}; immutable.
 */
public final class EpisodeResults {

    private final double[] cumulativeRewards;
    private final double[] finalScores;
    private final double avgCpu;
    private final double avgMemory;
    private final double avgLatency;
    private final int endedEarly;
    private final int passed;

    private EpisodeResults(double[] cumulativeRewards, double[] finalScores, double avgCpu, double avgMemory,
                           double avgLatency, int endedEarly, int passed) {
        this.cumulativeRewards = cumulativeRewards;
        this.finalScores = finalScores;
        this.avgCpu = avgCpu;
        this.avgMemory = avgMemory;
        this.avgLatency = avgLatency;
        this.endedEarly = endedEarly;
        this.passed = passed;
    }

    /**
     * The results of {@code reports}, one per episode in order.
     *
     * @throws IllegalArgumentException when there is no report
     */
    public static EpisodeResults of(GradeReport... reports) {
        if (reports.length == 0) {
            throw new IllegalArgumentException("results need at least one episode, got none");
        }
        int episodes = reports.length;
        double[] rewards = new double[episodes];
        double[] scores = new double[episodes];
        double cpu = 0;
        double memory = 0;
        double latency = 0;
        int endedEarly = 0;
        int passed = 0;
        for (int i = 0; i < episodes; i++) {
            GradeReport report = Objects.requireNonNull(reports[i], "report");
            rewards[i] = report.cumulativeReward();
            scores[i] = report.finalScore();
            cpu += report.avgCpu();
            memory += report.avgMemory();
            latency += report.avgLatency();
            endedEarly += report.terminated() ? 1 : 0;
            passed += report.passed() ? 1 : 0;
        }
        return new EpisodeResults(rewards, scores, cpu / episodes, memory / episodes, latency / episodes, endedEarly,
                passed);
    }

    /** Number of episodes. */
    public int episodes() {
        return cumulativeRewards.length;
    }

    /** Each episode's cumulative reward: a copy. */
    public double[] cumulativeRewards() {
        return cumulativeRewards.clone();
    }

    /** Each episode's final grade: a copy. */
    public double[] finalScores() {
        return finalScores.clone();
    }

    /** Mean over episodes of each episode's average CPU, in percent. */
    public double avgCpu() {
        return avgCpu;
    }

    /** Mean over episodes of each episode's average memory, in percent. */
    public double avgMemory() {
        return avgMemory;
    }

    /** Mean over episodes of each episode's average latency. */
    public double avgLatency() {
        return avgLatency;
    }

    /** Fraction of episodes ended by instability. */
    public double endedEarlyFraction() {
        return (double) endedEarly / episodes();
    }

    /** Fraction of episodes the grader passed. */
    public double passedFraction() {
        return (double) passed / episodes();
    }
}
