package cloudrl.launcher;

import cloudrl.env.ReferenceScenario;
import com.fasterxml.jackson.annotation.JsonInclude;
import cloudrl.env.Task;
import cloudrl.evaluation.MeanInterval;
import cloudrl.evaluation.comparison.ComparisonReport;
import cloudrl.evaluation.comparison.ComparisonRow;
import cloudrl.evaluation.statistics.IntervalEstimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a comparison is shown: a Markdown table (readable in a terminal, and pasted as is into the
 * README), or one JSON object per row with snake_case keys.
 */
final class ComparisonFormat {

    private static final String[] HEADER = {"policy", "task", "cumulative reward: mean [95 % CI]", "IQM [95 % CI]",
        "final score: mean [95 % CI]", "IQM [95 % CI]", "% of optimal [95 % CI]", "P(> BASELINE) [95 % CI]", "ended early"};

    private ComparisonFormat() {
    }

    /**
     * What the runs were made of, for the lines around the table and the JSON; {@code hindsight} holds,
     * on a trace, each task's hindsight optimum over its episodes, and {@code belief}, on traffic with a
     * hidden regime, each task's bracket on the belief optimum (else they are empty).
     */
    record Setting(String scenario, String reward, String workload, Map<String, String> workloadParameters,
                   Map<Task, MeanInterval> hindsight, Map<Task, BeliefBracket> belief) {

        Setting(String scenario, String reward, String workload, Map<String, String> workloadParameters) {
            this(scenario, reward, workload, workloadParameters, Map.of(), Map.of());
        }

        /** The workload with its parameters, such as {@code nasa-1995 (split=test, stepMinutes=1, ...)}. */
        String workloadStated() {
            return workload + SettingText.parameters(workloadParameters);
        }
    }

    static void text(ComparisonReport report, Setting setting, Printer printer) {
        var runs = report.runs();
        printer.line("Comparing %s on %s: %d episodes per task and policy, the same episodes for every policy (seed %d);"
                        + "%s reward %s, workload %s.", String.join(", ", runs.policies()),
                runs.tasks().stream().map(task -> task.id()).collect(Collectors.joining(", ")), runs.episodes(),
                runs.seed(), ReferenceScenario.ID.equals(setting.scenario()) ? "" : " scenario " + setting.scenario()
                        + ",", setting.reward(), setting.workloadStated());
        boolean hindsight = report.optimum() == ComparisonReport.Optimum.HINDSIGHT;
        if (hindsight) {
            printer.line("Hindsight optimum: per episode, the best return on its window with every rate known in"
                    + " advance, an upper bound no policy can beat; mean [95 %% CI] over the episodes: %s.",
                    runs.tasks().stream().map(task -> task.id() + " " + interval(setting.hindsight().get(task)))
                            .collect(Collectors.joining(", ")));
        } else if (report.optimum() == ComparisonReport.Optimum.BELIEF) {
            printer.line("Belief optimum (over the posterior of the hidden regime; from the exact return of the grid"
                    + " controller that oracle plays to an upper bound; percentages are of the upper end): %s.",
                    runs.tasks().stream().map(task -> task.id() + " " + setting.belief().get(task).text())
                            .collect(Collectors.joining(", ")));
        } else if (report.optimalReturns().isEmpty()) {
            printer.line("Optimal expected return: n/a, the oracle does not solve this setting exactly"
                    + " ('cloudrl scenarios' and docs/oracle.md say what it solves).");
        } else {
            printer.line("Optimal expected return (exact, by backward induction): %s.", runs.tasks().stream()
                    .map(task -> task.id() + " " + String.format(Locale.ROOT, "%.4f", report.optimalReturns().get(task)))
                    .collect(Collectors.joining(", ")));
        }
        printer.line("Intervals: 95 %% stratified bootstrap over episodes, %d replicates, episodes paired across policies."
                        + " P(> %s): the probability that an episode of the policy earns more than an episode of %s"
                        + " on the same task (ties count half).", report.bootstrap().replicates(), report.baseline(),
                report.baseline());
        printer.line();
        List<String[]> cells = new ArrayList<>();
        String[] header = HEADER.clone();
        header[7] = header[7].replace("BASELINE", report.baseline());
        if (hindsight) {
            header[6] = "% of hindsight optimum [95 % CI]";
        } else if (report.optimum() == ComparisonReport.Optimum.BELIEF) {
            header[6] = "% of belief optimum [95 % CI]";
        }
        cells.add(header);
        // with one episode per task there is nothing to resample: no interval, not a zero-width one
        boolean single = runs.episodes() == 1;
        for (ComparisonRow row : report.rows()) {
            cells.add(new String[] {row.policy(), row.task(),
                interval("%.2f", row.cumulativeReward().mean(), single),
                interval("%.2f", row.cumulativeReward().iqm(), single),
                interval("%.4f", row.finalScore().mean(), single), interval("%.4f", row.finalScore().iqm(), single),
                row.percentOfOptimal().map(percent -> interval("%.2f", percent, single)).orElse("n/a"),
                interval("%.3f", row.improvement(), single),
                String.format(Locale.ROOT, "%.1f %%", 100 * row.endedEarlyFraction())});
        }
        int[] widths = new int[header.length];
        for (String[] line : cells) {
            for (int c = 0; c < line.length; c++) {
                widths[c] = Math.max(widths[c], line[c].length());
            }
        }
        printer.raw(tableLine(cells.get(0), widths));
        String[] rule = new String[header.length];
        for (int c = 0; c < rule.length; c++) {
            // text columns flush left, figures flush right
            rule[c] = c < 2 ? ":" + "-".repeat(widths[c] - 1) : "-".repeat(widths[c] - 1) + ":";
        }
        printer.raw(tableLine(rule, widths));
        for (String[] line : cells.subList(1, cells.size())) {
            printer.raw(tableLine(line, widths));
        }
    }

    private static String tableLine(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int c = 0; c < cells.length; c++) {
            String padding = " ".repeat(widths[c] - cells[c].length());
            line.append(' ').append(c < 2 ? cells[c] + padding : padding + cells[c]).append(" |");
        }
        return line.toString();
    }

    private static String interval(MeanInterval interval) {
        return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", interval.mean(), interval.low(), interval.high());
    }

    private static String interval(String format, IntervalEstimate estimate, boolean single) {
        if (single) {
            return String.format(Locale.ROOT, format + " [n/a]", estimate.estimate());
        }
        return String.format(Locale.ROOT, format + " [" + format + ", " + format + "]", estimate.estimate(),
                estimate.low(), estimate.high());
    }

    /** One row of a comparison as JSON (docs/evaluation.md lists the keys). */
    record Json(String policy, String task, boolean aggregate, int episodes, long seed, String scenario,
                String reward, String workload, Map<String, String> workloadParameters, String baseline,
                int bootstrapReplicates, Estimate cumulativeRewardMean, Estimate cumulativeRewardIqm,
                Estimate finalScoreMean, Estimate finalScoreIqm, Double optimalReturn, Estimate percentOfOptimal,
                @JsonInclude(JsonInclude.Include.NON_NULL) Hindsight hindsightOptimum,
                @JsonInclude(JsonInclude.Include.NON_NULL) Estimate percentOfHindsightOptimum,
                @JsonInclude(JsonInclude.Include.NON_NULL) BeliefBracket beliefOptimum,
                Estimate probabilityOfImprovement, double endedEarlyFraction, double passedFraction) {

        static Json of(ComparisonReport report, ComparisonRow row, Setting setting) {
            boolean single = report.runs().episodes() == 1;
            boolean hindsight = report.optimum() == ComparisonReport.Optimum.HINDSIGHT;
            // no exact optimum on a trace; the hindsight optimum's mean over the task's episodes instead
            MeanInterval optimum = hindsight && !row.aggregate() ? setting.hindsight().get(Task.parse(row.task())) : null;
            Estimate percent = row.percentOfOptimal().map(estimate -> Estimate.of(estimate).single(single)).orElse(null);
            return new Json(row.policy(), row.task(), row.aggregate(), row.episodes(), report.runs().seed(),
                    setting.scenario(), setting.reward(), setting.workload(), setting.workloadParameters(),
                    report.baseline(), report.bootstrap().replicates(),
                    Estimate.of(row.cumulativeReward().mean()).single(single),
                    Estimate.of(row.cumulativeReward().iqm()).single(single),
                    Estimate.of(row.finalScore().mean()).single(single),
                    Estimate.of(row.finalScore().iqm()).single(single),
                    !hindsight && row.optimalReturn().isPresent() ? row.optimalReturn().getAsDouble() : null,
                    hindsight ? null : percent,
                    optimum == null ? null : new Hindsight(optimum.mean(), optimum.low(), optimum.high()),
                    hindsight ? percent : null,
                    row.aggregate() ? null : setting.belief().get(Task.parse(row.task())),
                    Estimate.of(row.improvement()).single(single), row.endedEarlyFraction(), row.passedFraction());
        }
    }

    /**
     * The optimum over the belief on a hidden regime lies in {@code [lower, upper]}; {@code errorBound} is
     * {@code (upper - lower) / lower}. The optimal return the percentages divide by is {@code upper}.
     */
    record BeliefBracket(double lower, double upper, double errorBound) {
        String text() {
            return String.format(Locale.ROOT, "%.4f to %.4f", lower, upper);
        }
    }

    /** The hindsight optimum's mean over a task's episodes, with its 95 % interval. */
    record Hindsight(double mean, double ci95Low, double ci95High) {
    }

    /** A bootstrap estimate with its 95 % interval; the ends are null for a single episode per task. */
    record Estimate(double estimate, Double ci95Low, Double ci95High) {
        static Estimate of(IntervalEstimate estimate) {
            return new Estimate(estimate.estimate(), estimate.low(), estimate.high());
        }

        Estimate single(boolean single) {
            return single ? new Estimate(estimate, null, null) : this;
        }
    }

    static String json(ComparisonReport report, ComparisonRow row, Setting setting) {
        return JsonLine.of(Json.of(report, row, setting));
    }
}
