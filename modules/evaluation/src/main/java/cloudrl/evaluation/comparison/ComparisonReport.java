package cloudrl.evaluation.comparison;

import cloudrl.env.Task;
import cloudrl.evaluation.EpisodeResults;
import cloudrl.evaluation.statistics.BootstrapSummary;
import cloudrl.evaluation.statistics.IntervalEstimate;
import cloudrl.evaluation.statistics.StratifiedBootstrap;
import cloudrl.evaluation.statistics.StratifiedScores;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The statistics of a {@link ComparisonRuns}: for every policy on every task and over all tasks, the
 * mean and interquartile mean of cumulative reward and final score, the percentage of the optimal
 * expected return, and the probability of improvement over a baseline policy, each with a
 * stratified-bootstrap interval, plus performance profiles. Episodes with the same seed are paired
 * across policies, and every policy's intervals come from the same replicates
 * ({@link StratifiedBootstrap#summary}). See docs/evaluation.md.
 */
public final class ComparisonReport {

    /** Points of each performance profile. */
    static final int PROFILE_POINTS = 201;

    private final ComparisonRuns runs;
    private final String baseline;
    private final Map<Task, Double> optimalReturns;
    private final Optimum optimum;
    private final StratifiedBootstrap bootstrap;
    private final List<ComparisonRow> rows;
    private final PerformanceProfiles profiles;

    /**
     * What the optimal returns are: the exact optimum of a task's process (the oracle); the upper end of
     * the bracket on the optimum over the belief on a hidden traffic regime (the oracle's belief plan,
     * so a percentage of it never overstates); or the mean over its episodes of each episode's hindsight
     * optimum (the best return on the episode's window known in advance), an upper bound for traffic no
     * planner models.
     */
    public enum Optimum { EXACT, BELIEF, HINDSIGHT }

    private ComparisonReport(ComparisonRuns runs, String baseline, Map<Task, Double> optimalReturns, Optimum optimum,
                             StratifiedBootstrap bootstrap, List<ComparisonRow> rows, PerformanceProfiles profiles) {
        this.runs = runs;
        this.baseline = baseline;
        this.optimalReturns = optimalReturns;
        this.optimum = optimum;
        this.bootstrap = bootstrap;
        this.rows = rows;
        this.profiles = profiles;
    }

    /**
     * The statistics of {@code runs}.
     *
     * @param baseline       the policy the probability of improvement compares with; one of the runs' policies
     * @param optimalReturns the optimal expected return of each task that has one (positive); tasks left out
     *                       have no percentage of optimal
     * @param threads        how many policies are summarised at once; the figures do not depend on it
     * @throws IllegalArgumentException when the baseline was not played or an optimum is not positive
     */
    public static ComparisonReport of(ComparisonRuns runs, String baseline, Map<Task, Double> optimalReturns,
                                      StratifiedBootstrap bootstrap, int threads) {
        return of(runs, baseline, optimalReturns, bootstrap, threads, done -> { });
    }

    /**
     * As {@link #of(ComparisonRuns, String, Map, StratifiedBootstrap, int)}, telling {@code progress}, from
     * the worker threads, how many policies have been summarised so far.
     */
    public static ComparisonReport of(ComparisonRuns runs, String baseline, Map<Task, Double> optimalReturns,
                                      StratifiedBootstrap bootstrap, int threads, IntConsumer progress) {
        return of(runs, baseline, optimalReturns, Optimum.EXACT, bootstrap, threads, progress);
    }

    /**
     * As {@link #of(ComparisonRuns, String, Map, StratifiedBootstrap, int, IntConsumer)}, saying what
     * kind of optimum {@code optimalReturns} holds.
     */
    public static ComparisonReport of(ComparisonRuns runs, String baseline, Map<Task, Double> optimalReturns,
                                      Optimum kind, StratifiedBootstrap bootstrap, int threads, IntConsumer progress) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bootstrap, "bootstrap");
        runs.policyIndex(baseline);
        Map<Task, Double> optima = new LinkedHashMap<>();
        for (Task task : runs.tasks()) {
            Double optimum = optimalReturns.get(task);
            if (optimum != null) {
                if (!(optimum > 0 && Double.isFinite(optimum))) {
                    throw new IllegalArgumentException("the optimal return of " + task.id() + " is " + optimum
                            + ": must be a positive number");
                }
                optima.put(task, optimum);
            }
        }
        boolean normalised = optima.size() == runs.tasks().size();
        double[] thresholds = thresholds(runs, optima, normalised);

        List<Callable<PolicyFigures>> work = new ArrayList<>();
        AtomicInteger summarised = new AtomicInteger();
        for (String policy : runs.policies()) {
            work.add(() -> {
                PolicyFigures figures = summarise(runs, policy, baseline, optima, normalised, thresholds, bootstrap);
                progress.accept(summarised.incrementAndGet());
                return figures;
            });
        }
        List<PolicyFigures> figures = PolicyComparison.Pool.runAll(threads, work);

        List<ComparisonRow> rows = new ArrayList<>();
        for (int t = 0; t < runs.tasks().size(); t++) {
            for (int p = 0; p < runs.policies().size(); p++) {
                rows.add(taskRow(runs, runs.policies().get(p), t, figures.get(p), optima));
            }
        }
        Map<String, List<IntervalEstimate>> profiles = new LinkedHashMap<>();
        for (int p = 0; p < runs.policies().size(); p++) {
            rows.add(aggregateRow(runs, runs.policies().get(p), figures.get(p), normalised));
            profiles.put(runs.policies().get(p), figures.get(p).profile());
        }
        List<Double> grid = new ArrayList<>();
        for (double threshold : thresholds) {
            grid.add(threshold);
        }
        PerformanceProfiles.Measure measure = normalised ? PerformanceProfiles.Measure.PERCENT_OF_OPTIMAL
                : PerformanceProfiles.Measure.CUMULATIVE_REWARD;
        return new ComparisonReport(runs, baseline, Map.copyOf(optima), kind, bootstrap, List.copyOf(rows),
                new PerformanceProfiles(measure, grid, profiles));
    }

    /** The bootstrap summaries of one policy. */
    private record PolicyFigures(BootstrapSummary reward, BootstrapSummary score, BootstrapSummary normalised) {

        List<IntervalEstimate> profile() {
            return normalised != null ? normalised.profile() : reward.profile();
        }
    }

    private static PolicyFigures summarise(ComparisonRuns runs, String policy, String baseline, Map<Task, Double> optima,
                                           boolean normalised, double[] thresholds, StratifiedBootstrap bootstrap) {
        BootstrapSummary reward = bootstrap.summary(runs.cumulativeRewards(policy), runs.cumulativeRewards(baseline),
                normalised ? new double[0] : thresholds);
        // the probability of improvement is measured on the reward alone; the other summaries need none
        BootstrapSummary score = bootstrap.summary(runs.finalScores(policy), new double[0]);
        BootstrapSummary percent = normalised ? bootstrap.summary(percentOfOptimal(runs, policy, optima), thresholds)
                : null;
        return new PolicyFigures(reward, score, percent);
    }

    /** Each episode's cumulative reward as a percentage of its task's optimum. */
    private static StratifiedScores percentOfOptimal(ComparisonRuns runs, String policy, Map<Task, Double> optima) {
        double[][] byTask = new double[runs.tasks().size()][];
        for (int t = 0; t < byTask.length; t++) {
            Task task = runs.tasks().get(t);
            double[] rewards = runs.results(policy, task).cumulativeRewards();
            for (int i = 0; i < rewards.length; i++) {
                rewards[i] = 100 * rewards[i] / optima.get(task);
            }
            byTask[t] = rewards;
        }
        return StratifiedScores.of(byTask);
    }

    /** From zero to the best episode of any policy (at least 100 % of optimal), evenly spaced. */
    private static double[] thresholds(ComparisonRuns runs, Map<Task, Double> optima, boolean normalised) {
        double highest = normalised ? 100 : 0;
        for (String policy : runs.policies()) {
            StratifiedScores scores = normalised ? percentOfOptimal(runs, policy, optima) : runs.cumulativeRewards(policy);
            for (double value : scores.pooled()) {
                highest = Math.max(highest, value);
            }
        }
        double top = highest > 0 ? highest : 1;
        double[] thresholds = new double[PROFILE_POINTS];
        for (int i = 0; i < PROFILE_POINTS; i++) {
            thresholds[i] = top * i / (PROFILE_POINTS - 1);
        }
        return thresholds;
    }

    private static ComparisonRow taskRow(ComparisonRuns runs, String policy, int t, PolicyFigures figures,
                                         Map<Task, Double> optima) {
        Task task = runs.tasks().get(t);
        EpisodeResults results = runs.results(policy, task);
        Double optimum = optima.get(task);
        IntervalEstimate mean = figures.reward().taskMeans().get(t);
        Optional<IntervalEstimate> percent = optimum == null ? Optional.empty()
                : Optional.of(new IntervalEstimate(100 * mean.estimate() / optimum, 100 * mean.low() / optimum,
                        100 * mean.high() / optimum));
        return new ComparisonRow(policy, task.id(), runs.episodes(),
                new ScoreIntervals(mean, figures.reward().taskIqms().get(t)),
                new ScoreIntervals(figures.score().taskMeans().get(t), figures.score().taskIqms().get(t)),
                optimum == null ? OptionalDouble.empty() : OptionalDouble.of(optimum), percent,
                figures.reward().taskImprovements().get(t), results.endedEarlyFraction(), results.passedFraction());
    }

    private static ComparisonRow aggregateRow(ComparisonRuns runs, String policy, PolicyFigures figures,
                                              boolean normalised) {
        double endedEarly = 0;
        double passed = 0;
        for (Task task : runs.tasks()) {
            endedEarly += runs.results(policy, task).endedEarlyFraction();
            passed += runs.results(policy, task).passedFraction();
        }
        int tasks = runs.tasks().size();
        return new ComparisonRow(policy, ComparisonRow.ALL_TASKS, runs.episodes(),
                new ScoreIntervals(figures.reward().mean(), figures.reward().iqm()),
                new ScoreIntervals(figures.score().mean(), figures.score().iqm()), OptionalDouble.empty(),
                normalised ? Optional.of(figures.normalised().mean()) : Optional.empty(),
                figures.reward().improvement().orElseThrow(), endedEarly / tasks, passed / tasks);
    }

    /** The episodes behind the figures. */
    public ComparisonRuns runs() {
        return runs;
    }

    /** The policy the probability of improvement compares with. */
    public String baseline() {
        return baseline;
    }

    /** The optimal expected return of each task that has one. */
    public Map<Task, Double> optimalReturns() {
        return optimalReturns;
    }

    /** What kind of optimum {@link #optimalReturns()} holds. */
    public Optimum optimum() {
        return optimum;
    }

    /** The bootstrap the intervals come from. */
    public StratifiedBootstrap bootstrap() {
        return bootstrap;
    }

    /** Every policy on each task, task after task, then every policy over all tasks. */
    public List<ComparisonRow> rows() {
        return rows;
    }

    /**
     * The row of {@code policy} on the task with id {@code task}, or over all tasks for {@link ComparisonRow#ALL_TASKS}.
     *
     * @throws IllegalArgumentException when there is no such row
     */
    public ComparisonRow row(String policy, String task) {
        return rows.stream().filter(row -> row.policy().equals(policy) && row.task().equals(task)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row for policy '" + policy + "' on " + task));
    }

    /** Every policy's performance profile. */
    public PerformanceProfiles profiles() {
        return profiles;
    }
}
