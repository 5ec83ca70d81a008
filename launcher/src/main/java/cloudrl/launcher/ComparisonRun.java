package cloudrl.launcher;

import cloudrl.charts.ComparisonCharts;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;
import cloudrl.api.Scenario;
import cloudrl.evaluation.Evaluation;
import cloudrl.evaluation.MeanInterval;
import cloudrl.evaluation.comparison.ComparisonReport;
import cloudrl.evaluation.comparison.ComparisonRow;
import cloudrl.evaluation.comparison.ComparisonRuns;
import cloudrl.evaluation.comparison.PolicyComparison;
import cloudrl.evaluation.hindsight.HindsightOptimum;
import cloudrl.evaluation.statistics.StratifiedBootstrap;
import cloudrl.io.FileProblem;
import cloudrl.oracle.BeliefPlan;
import cloudrl.oracle.BeliefPlanner;
import cloudrl.oracle.OptimalPlanner;
import cloudrl.oracle.OracleCoverage;
import cloudrl.oracle.ScalingMdp;
import cloudrl.api.Scenario;
import cloudrl.plugins.Assembly;
import cloudrl.plugins.Selection;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code evaluate --policies}: several policies on several tasks, the same episodes for each, compared
 * with the statistics of {@link ComparisonReport}; printed as a table or JSON, optionally drawn as PNG
 * charts. Everything the user named is checked before the first episode.
 */
final class ComparisonRun {

    /** The policy the probability of improvement is measured against unless --baseline names another. */
    static final String DEFAULT_BASELINE = Selection.DEFAULT_POLICY;
    static final String DEFAULT_TASKS = "easy,medium,hard";

    private final Assembly assembly;
    private final String baseline;
    private final List<String> policies;
    private final List<Task> tasks;
    private final Map<String, Selection> selections = new LinkedHashMap<>();
    private final String reward;
    private final String workload;
    private final String scenario;
    private final java.util.Map<String, String> workloadParameters;

    /**
     * @param baselineEntry the policy P(&gt; ...) compares with, as --policies would list it; {@code null} for
     *                      {@link #DEFAULT_BASELINE}. It is played, in front, even when the list does not name it.
     * @throws IllegalArgumentException naming a malformed list, a blank baseline, an unknown or unusable policy,
     *                                  a parameter that cannot go to several policies, or a bad reward or workload
     */
    ComparisonRun(Assembly assembly, Scenario scenario, String policyList, String taskList, String baselineEntry,
                  String reward, String workload, List<String> params) {
        this.assembly = assembly;
        requireNoPolicyParameters(params);
        List<String> named = entries("--policies", policyList, "policy ids, such as threshold,hpa,oracle");
        if (baselineEntry != null && baselineEntry.isBlank()) {
            throw new IllegalArgumentException("--baseline '' is not allowed: give one policy, as --policies would list"
                    + " it, such as maintain or dqn:DIR");
        }
        this.baseline = baselineEntry == null ? DEFAULT_BASELINE : baselineEntry.strip();
        List<String> all = new ArrayList<>();
        if (!named.contains(baseline)) {
            all.add(baseline);
        }
        all.addAll(named);
        this.policies = List.copyOf(all);
        List<Task> chosenTasks = new ArrayList<>();
        for (String task : entries("--tasks", taskList == null ? DEFAULT_TASKS : taskList, "tasks, such as easy,hard")) {
            Task parsed = Task.parse(task);
            if (chosenTasks.contains(parsed)) {
                throw new IllegalArgumentException("--tasks lists '" + task + "' twice: list each task once");
            }
            chosenTasks.add(parsed);
        }
        this.tasks = List.copyOf(chosenTasks);
        for (String policy : policies) {
            try {
                Selection selection = assembly.withDefaultSplit(Selection.of(scenario, policy, reward, workload, params),
                        EvaluateCommand.EVALUATION_SPLIT);
                assembly.check(selection, tasks);
                selections.put(policy, selection);
            } catch (IllegalArgumentException problem) {
                // a baseline the list does not name came from --baseline: say so, or the user looks in --policies
                if (baselineEntry != null && !named.contains(policy)) {
                    throw new IllegalArgumentException("--baseline " + problem.getMessage(), problem);
                }
                throw problem;
            }
        }
        Selection reference = selections.get(baseline);
        this.reward = reference.reward().label();
        this.workload = reference.workload().label();
        this.scenario = scenario.id();
        this.workloadParameters = assembly.workloadParameters(reference);
    }

    /**
     * Rejects {@code --param policy.NAME=VALUE}: with several policies nobody could tell which one it is for.
     */
    static void requireNoPolicyParameters(List<String> params) {
        for (String param : params) {
            if (param.strip().toLowerCase(Locale.ROOT).startsWith("policy.")) {
                throw new IllegalArgumentException("--param " + param + " is not allowed with --policies, which names"
                        + " several policies: write ID:VALUE in the list to set a policy's first parameter");
            }
        }
    }

    /** The comma-separated entries of {@code list}, each stripped; none may be empty or repeated. */
    static List<String> entries(String option, String list, String example) {
        List<String> entries = new ArrayList<>();
        for (String entry : list.split(",", -1)) {
            String stripped = entry.strip();
            if (stripped.isEmpty()) {
                throw new IllegalArgumentException(option + " '" + list + "' is not allowed: give one or more "
                        + example + ", separated by commas, with no empty entry");
            }
            if (entries.contains(stripped)) {
                throw new IllegalArgumentException(option + " lists '" + stripped + "' twice: list each once");
            }
            entries.add(stripped);
        }
        return entries;
    }

    /**
     * Makes {@code folder} (and its parents) if needed and checks that both charts can be written
     * there, before any episode, so a bad path fails early and names its cause.
     */
    static Path prepareFolder(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--plots " + folder + " is not allowed: it is a file; give a directory");
        }
        OutputTarget.directory("--plots", folder);
        try {
            Files.createDirectories(folder);
        } catch (IOException failed) {
            throw new IllegalArgumentException("--plots " + folder + " is not allowed: the directory cannot be made ("
                    + FileProblem.reason(failed) + ")");
        }
        OutputTarget.file("--plots", folder.resolve(ComparisonCharts.SCORES_FILE));
        OutputTarget.file("--plots", folder.resolve(ComparisonCharts.PROFILES_FILE));
        return folder;
    }

    /** Plays, summarises and prints; draws the charts into {@code plots} unless it is {@code null}. */
    void run(int episodes, long seed, boolean json, Path plots, PrintWriter out, PrintWriter err) {
        Path folder = plots == null ? null : prepareFolder(plots);
        Map<Task, MeanInterval> hindsight = hindsightOptima(episodes, seed);
        Map<Task, ComparisonFormat.BeliefBracket> belief = hindsight.isEmpty() ? beliefOptima()
                : new EnumMap<>(Task.class);
        Map<Task, Double> optima = !hindsight.isEmpty() ? means(hindsight) : !belief.isEmpty() ? uppers(belief)
                : optimalReturns();
        ComparisonReport.Optimum kind = !hindsight.isEmpty() ? ComparisonReport.Optimum.HINDSIGHT
                : !belief.isEmpty() ? ComparisonReport.Optimum.BELIEF : ComparisonReport.Optimum.EXACT;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ComparisonReport report;
        try (ProgressLine progress = new ProgressLine(err, "cloudrl evaluate", episodes * policies.size() * tasks.size())) {
            ComparisonRuns runs = new PolicyComparison(new Evaluation(), threads).play(policies, tasks, episodes, seed,
                    (policy, task, taskSeed) -> {
                        Selection selection = selections.get(policy);
                        CloudEnvironment environment = assembly.environment(task, selection, taskSeed);
                        return new PolicyComparison.Matchup(environment,
                                assembly.policy(selection, taskSeed, task, environment));
                    }, progress::episodes);
            progress.phase("episodes played; computing the bootstrap intervals");
            report = ComparisonReport.of(runs, baseline, optima, kind, StratifiedBootstrap.withSeed(seed), threads,
                    done -> progress.phase("episodes played; bootstrap intervals of " + done + " of " + policies.size()
                            + " policies computed"));
            if (folder != null) {
                progress.phase("drawing the charts");
                draw(report, folder);
            }
        }
        Printer printer = new Printer(out);
        ComparisonFormat.Setting setting = new ComparisonFormat.Setting(scenario, reward, workload,
                workloadParameters, hindsight, belief);
        if (json) {
            for (ComparisonRow row : report.rows()) {
                printer.raw(ComparisonFormat.json(report, row, setting));
            }
        } else {
            ComparisonFormat.text(report, setting, printer);
            if (folder != null) {
                printer.line();
                printer.line("Charts: %s, %s", folder.resolve(ComparisonCharts.SCORES_FILE),
                        folder.resolve(ComparisonCharts.PROFILES_FILE));
            }
        }
        printer.flush();
    }

    /**
     * On a trace (a workload with a {@code split}), each task's hindsight optimum over the episodes
     * every policy plays: the mean of the episodes' optima and its interval; empty elsewhere, or when
     * the dynamics have a constraint the hindsight DP cannot follow.
     */
    private Map<Task, MeanInterval> hindsightOptima(int episodes, long seed) {
        Map<Task, MeanInterval> optima = new EnumMap<>(Task.class);
        if (!workloadParameters.containsKey(Assembly.SPLIT)) {
            return optima;
        }
        Selection reference = selections.get(baseline);
        for (Task task : tasks) {
            long taskSeed = PolicyComparison.taskSeed(seed, task);
            CloudEnvironment environment = assembly.environment(task, reference, taskSeed);
            if (!HindsightOptimum.covers(environment.dynamics())) {
                return new EnumMap<>(Task.class);
            }
            optima.put(task, MeanInterval.of(HindsightOptimum.of(environment,
                    Evaluation.episodeSeeds(taskSeed, episodes))));
        }
        return optima;
    }

    private static Map<Task, Double> means(Map<Task, MeanInterval> intervals) {
        Map<Task, Double> means = new EnumMap<>(Task.class);
        intervals.forEach((task, interval) -> means.put(task, interval.mean()));
        return means;
    }

    /**
     * Each task's bracket on the optimum over the belief, when the chosen workload hides a two-state regime
     * from the policies (the oracle's belief plan); none otherwise.
     */
    private Map<Task, ComparisonFormat.BeliefBracket> beliefOptima() {
        Map<Task, ComparisonFormat.BeliefBracket> brackets = new EnumMap<>(Task.class);
        Selection reference = selections.get(baseline);
        for (Task task : tasks) {
            CloudEnvironment environment = assembly.environment(task, reference, 0);
            if (OracleCoverage.of(environment).kind() == OracleCoverage.Kind.BELIEF) {
                BeliefPlan plan = BeliefPlanner.plan(ScalingMdp.of(environment));
                brackets.put(task, new ComparisonFormat.BeliefBracket(plan.lowerBound(), plan.upperBound(),
                        plan.errorBound()));
            }
        }
        return brackets;
    }

    private static Map<Task, Double> uppers(Map<Task, ComparisonFormat.BeliefBracket> brackets) {
        Map<Task, Double> uppers = new EnumMap<>(Task.class);
        brackets.forEach((task, bracket) -> uppers.put(task, bracket.upper()));
        return uppers;
    }

    /** Each task's exact optimum, when the oracle can solve the chosen workload; none otherwise. */
    private Map<Task, Double> optimalReturns() {
        Map<Task, Double> optima = new EnumMap<>(Task.class);
        Selection reference = selections.get(baseline);
        for (Task task : tasks) {
            CloudEnvironment environment = assembly.environment(task, reference, 0);
            if (ScalingMdp.covers(environment)) {
                optima.put(task, OptimalPlanner.plan(ScalingMdp.of(environment)).expectedReturn());
            }
        }
        return optima;
    }

    private static void draw(ComparisonReport report, Path folder) {
        // the charts are drawn into images; without this, AWT would look for a display it does not need
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        ComparisonCharts.write(report, folder);
    }
}
