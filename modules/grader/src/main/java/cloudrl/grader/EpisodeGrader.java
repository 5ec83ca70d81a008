package cloudrl.grader;

import cloudrl.api.Episode;
import cloudrl.api.GradeReport;
import cloudrl.api.Grader;
import cloudrl.api.Observation;
import cloudrl.api.StepInfo;

/**
 * The reference grader. Over the states the steps produced (the reset state is not the agent's
 * doing): stability {@code exp(-v/100)} where {@code v} is the mean of the population variances of
 * CPU and memory; efficiency {@code 1 / mean(servers)} (off the reference, where the steps report
 * their cost, {@code 1 / mean(cost in reference servers)}); performance the mean reward. The final score
 * weighs them 0.3, 0.3 and 0.4. An episode passes when the score reaches the threshold and it did
 * not end by instability.
 *
 * @param passThreshold the final score an episode needs to pass, in [0, 1]
 */
public record EpisodeGrader(double passThreshold) implements Grader {

    static final double STABILITY_WEIGHT = 0.3;
    static final double EFFICIENCY_WEIGHT = 0.3;
    static final double PERFORMANCE_WEIGHT = 0.4;

    public EpisodeGrader {
        if (!(passThreshold >= 0 && passThreshold <= 1)) {
            throw new IllegalArgumentException("passThreshold " + passThreshold + " is not allowed: must be in [0, 1]");
        }
    }

    /** The reference grader, passing every stable episode (threshold 0). */
    public EpisodeGrader() {
        this(0.0);
    }

    /** The step-info key of a step's cost counted in reference servers. */
    static final String COST_IN_SERVERS = "costInServers";

    @Override
    public GradeReport grade(Episode episode) {
        int steps = episode.steps();
        if (steps == 0) {
            throw new IllegalArgumentException("an episode with 0 steps cannot be graded: take at least one step");
        }
        RunningMoments cpu = new RunningMoments();
        RunningMoments memory = new RunningMoments();
        double serverSum = 0;
        double latencySum = 0;
        for (Observation state : episode.states()) {
            cpu.add(state.cpu());
            memory.add(state.memory());
            serverSum += state.servers();
            latencySum += state.latency();
        }
        double cumulativeReward = episode.cumulativeReward();
        double avgReward = cumulativeReward / steps;

        double variance = (cpu.populationVariance() + memory.populationVariance()) / 2;
        double stability = Math.exp(-variance / 100.0);
        // off the reference the steps report their cost: efficiency is then per reference server of cost,
        // so booting servers and costlier types count; the reference keeps the servers' count
        double costInServers = 0;
        boolean costed = true;
        for (StepInfo info : episode.infos()) {
            Double step = info.fleet().get(COST_IN_SERVERS);
            costed &= step != null;
            costInServers += step == null ? 0 : step;
        }
        double efficiency = costed && costInServers > 0 ? steps / costInServers : steps / serverSum;
        StepInfo last = episode.infos().get(steps - 1);
        double totalCost = last.fleet().getOrDefault("costSoFar", Double.NaN);
        int violations = (int) Math.round(last.fleet().getOrDefault("violations", 0.0));
        double performance = avgReward;
        double finalScore = STABILITY_WEIGHT * stability + EFFICIENCY_WEIGHT * efficiency
                + PERFORMANCE_WEIGHT * performance;
        boolean passed = finalScore >= passThreshold && !episode.terminated();
        return new GradeReport(finalScore, passed, stability, efficiency, performance, avgReward, cumulativeReward,
                cpu.mean(), memory.mean(), latencySum / steps, steps, episode.terminated(), totalCost, violations);
    }

    /** Welford's running mean and variance: stable where sum-of-squares would cancel. */
    private static final class RunningMoments {
        private long count;
        private double mean;
        private double squaredDeviations;

        void add(double value) {
            count++;
            double delta = value - mean;
            mean += delta / count;
            squaredDeviations += delta * (value - mean);
        }

        double mean() {
            return mean;
        }

        double populationVariance() {
            return count == 0 ? 0 : squaredDeviations / count;
        }
    }
}
