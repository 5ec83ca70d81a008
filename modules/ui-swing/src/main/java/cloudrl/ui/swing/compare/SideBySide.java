package cloudrl.ui.swing.compare;

import cloudrl.api.Episode;
import cloudrl.api.Grader;
import cloudrl.api.Policy;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Rollout;
import cloudrl.evaluation.EpisodeResults;
import cloudrl.evaluation.Evaluation;
import cloudrl.evaluation.MeanInterval;
import cloudrl.evaluation.hindsight.HindsightOptimum;
import cloudrl.workload.TraceClock;
import cloudrl.workload.TraceWorkload;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Plays several policies on the same seeds: each contender one episode from the shown seed, then
 * {@code episodes} episodes on the seeds {@link Evaluation#episodeSeeds} derives from it, summarised
 * by {@link MeanInterval} as {@code cloudrl evaluate} does. On a trace, each of those episodes'
 * {@link Hindsight} optimum is found once (every contender plays the same windows) and each contender
 * gets the percentage of it reached. Runs on the caller's thread, so the window calls it off the
 * event-dispatch thread; it checks for cancellation after every episode.
 */
public final class SideBySide {

    private final Grader grader;

    public SideBySide(Grader grader) {
        this.grader = Objects.requireNonNull(grader, "grader");
    }

    /** How many episodes {@link #run} plays for {@code contenders} contenders: what its progress counts to. */
    public static int totalEpisodes(int contenders, int episodes) {
        return contenders * (episodes + 1);
    }

    /**
     * Plays every contender, in order.
     *
     * @param progress  told the episodes finished so far, out of {@link #totalEpisodes}
     * @param cancelled asked after every episode; once true, the run stops
     * @throws CancellationException    when {@code cancelled} turned true
     * @throws IllegalArgumentException when {@code episodes} is below 1 or there is no contender
     */
    public List<Standing> run(List<Contender> contenders, long seed, int episodes, IntConsumer progress,
                              BooleanSupplier cancelled) {
        if (contenders.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one policy, got none");
        }
        long[] seeds = Evaluation.episodeSeeds(seed, episodes);
        Evaluation evaluation = new Evaluation(grader);
        List<Standing> standings = new ArrayList<>();
        int[] done = {0};
        double[] optima = null;
        for (Contender contender : contenders) {
            CloudEnvironment environment = contender.environment().get();
            Policy policy = contender.policy().apply(environment);
            Episode shown = Rollout.play(environment, policy, seed);
            // before the N episodes reset it: a random start is drawn at the reset
            Optional<TraceClock> clock = TraceWorkload.clockOf(environment.workload());
            step(done, progress, cancelled);
            EpisodeResults results = evaluation.play(environment, policy, seeds, finished -> step(done, progress,
                    cancelled));
            if (optima == null && Hindsight.applies(environment)) {
                optima = optima(contender.environment().get(), seed, seeds, cancelled);
            }
            Optional<Hindsight> hindsight = Optional.empty();
            Optional<MeanInterval> percent = Optional.empty();
            if (optima != null) {
                hindsight = Optional.of(new Hindsight(optima[0], shown.cumulativeReward()));
                double[] rewards = results.cumulativeRewards();
                double[] percents = new double[rewards.length];
                for (int i = 0; i < rewards.length; i++) {
                    percents[i] = new Hindsight(optima[i + 1], rewards[i]).percent();
                }
                percent = Optional.of(MeanInterval.of(percents));
            }
            standings.add(new Standing(contender.name(), shown, grader.grade(shown), results,
                    MeanInterval.of(results.cumulativeRewards()), MeanInterval.of(results.finalScores()), hindsight,
                    percent, clock));
        }
        return List.copyOf(standings);
    }

    /** The hindsight optimum of the shown seed's episode, then of each of {@code seeds}', in {@code own}. */
    private static double[] optima(CloudEnvironment own, long seed, long[] seeds, BooleanSupplier cancelled) {
        double[] optima = new double[seeds.length + 1];
        optima[0] = HindsightOptimum.of(own, seed);
        for (int i = 0; i < seeds.length; i++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("comparison cancelled while finding the hindsight optima");
            }
            optima[i + 1] = HindsightOptimum.of(own, seeds[i]);
        }
        return optima;
    }

    private static void step(int[] done, IntConsumer progress, BooleanSupplier cancelled) {
        progress.accept(++done[0]);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("comparison cancelled after " + done[0] + " episodes");
        }
    }
}
