package cloudrl.evaluation;

import cloudrl.api.Environment;
import cloudrl.api.Episode;
import cloudrl.api.GradeReport;
import cloudrl.api.Grader;
import cloudrl.api.Policy;
import cloudrl.env.Rollout;
import cloudrl.grader.EpisodeGrader;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Plays a policy for many episodes, each reset with its own seed, and grades every one. Episode
 * seeds come from one seed in a fixed order, so two policies evaluated with the same seed face
 * exactly the same traffic.
 */
public final class Evaluation {

    private final Grader grader;

    public Evaluation(Grader grader) {
        this.grader = Objects.requireNonNull(grader, "grader");
    }

    /** An evaluation with the reference grader. */
    public Evaluation() {
        this(new EpisodeGrader());
    }

    /**
     * Most episodes one evaluation may play: every episode's grade is kept until the summary, so an
     * unbounded count would exhaust the heap (a comparison keeps one run per policy and task).
     */
    public static final int MAX_EPISODES = 100_000;

    /** The seeds of the episodes of an evaluation seeded {@code seed}, in the order they are played. */
    public static long[] episodeSeeds(long seed, int episodes) {
        requirePositive(episodes);
        SplittableRandom source = new SplittableRandom(seed);
        long[] seeds = new long[episodes];
        for (int i = 0; i < episodes; i++) {
            seeds[i] = source.nextLong();
        }
        return seeds;
    }

    /** Plays and grades {@code episodes} episodes, then summarises them. */
    public EvaluationSummary run(String taskId, String policyId, Environment environment, Policy policy,
                                 int episodes, long seed) {
        return run(taskId, policyId, environment, policy, episodes, seed, done -> { });
    }

    /** As {@link #run(String, String, Environment, Policy, int, long)}, reporting each finished episode. */
    public EvaluationSummary run(String taskId, String policyId, Environment environment, Policy policy,
                                 int episodes, long seed, IntConsumer progress) {
        EpisodeResults results = play(environment, policy, episodeSeeds(seed, episodes), progress);
        return new EvaluationSummary(taskId, policyId, episodes, seed, MeanInterval.of(results.cumulativeRewards()),
                MeanInterval.of(results.finalScores()), results.avgCpu(), results.avgMemory(), results.avgLatency(),
                results.endedEarlyFraction(), results.passedFraction());
    }

    /**
     * Plays and grades one episode per seed, in order, keeping every episode's figures.
     *
     * @param progress told the number of episodes finished after each one
     * @throws IllegalArgumentException when there is no seed
     */
    public EpisodeResults play(Environment environment, Policy policy, long[] seeds, IntConsumer progress) {
        requirePositive(seeds.length);
        GradeReport[] reports = new GradeReport[seeds.length];
        for (int i = 0; i < seeds.length; i++) {
            Episode episode = Rollout.play(environment, policy, seeds[i]);
            reports[i] = grader.grade(episode);
            progress.accept(i + 1);
        }
        return EpisodeResults.of(reports);
    }

    private static void requirePositive(int episodes) {
        if (episodes < 1 || episodes > MAX_EPISODES) {
            throw new IllegalArgumentException("episodes " + episodes + " is not allowed: must be in [1, "
                    + MAX_EPISODES + "]");
        }
    }
}
