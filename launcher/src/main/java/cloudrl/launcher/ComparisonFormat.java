package cloudrl.launcher;

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
     * on a trace, each task's hindsight optimum over its episodes (else it is empty).
     */
    record Setting(String reward, String workload, Map<String, String> workloadParameters,
                   Map<Task, MeanInterval> hindsight) {

        Setting(String reward, String workload, Map<String, String> workloadParameters) {
            this(reward, workload, workloadParameters, Map.of());
        }

        /** The workload with its parameters, such as {@code nasa-1995 (split=test, stepMinutes=1, ...)}. */
        String workloadStated() {
            return workload + SettingText.parameters(workloadParameters);
        }
    }

    static void text(ComparisonReport report, Setting setting, Printer printer) {
        var runs = report.runs();
        printer.line("Comparing %s on %s: %d episodes per task and policy, the same episodes for every policy (seed %d);"
                        + " reward %s, workload %s.", String.join(", ", runs.policies()),
                runs.tasks().stream().map(task -> task.id()).collect(Collectors.joining(", ")), runs.episodes(),
                runs.seed(), setting.reward(), setting.workloadStated());
        boolean hindsight = report.optimum() == ComparisonReport.Optimum.HINDSIGHT;
        if (hindsight) {
            printer.line("Hindsight optimum: per episode, the best return on its window with every rate known in"
                    + " advance, an upper bound no policy can beat; mean [95 %% CI] over the episodes: %s.",
                    runs.tasks().stream().map(task -> task.id() + " " + interval(setting.hindsight().get(task)))
                            .collect(Collectors.joining(", ")));
        } else if (report.optimalReturns().isEmpty()) {
            printer.line("Optimal expected return: n/a, the oracle covers the gaussian and diurnal workloads only.");
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
        }
        cells.add(header);
        for (ComparisonRow row : report.rows()) {
            cells.add(new String[] {row.policy(), row.task(),
                interval("%.2f", row.cumulativeReward().mean()), interval("%.2f", row.cumulativeReward().iqm()),
                interval("%.4f", row.finalScore().mean()), interval("%.4f", row.finalScore().iqm()),
                row.percentOfOptimal().map(percent -> interval("%.2f", percent)).orElse("n/a"),
                interval("%.3f", row.improvement()),
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

    private static String interval(String format, IntervalEstimate estimate) {
        return String.format(Locale.ROOT, format + " [" + format + ", " + format + "]", estimate.estimate(),
                estimate.low(), estimate.high());
    }

    static String json(ComparisonReport report, ComparisonRow row, Setting setting) {
        JsonObject object = new JsonObject()
                .put("policy", row.policy())
                .put("task", row.task())
                .put("aggregate", row.aggregate())
                .put("episodes", row.episodes())
                .put("seed", report.runs().seed())
                .put("reward", setting.reward())
                .put("workload", setting.workload())
                .put("workload_parameters", SettingText.json(setting.workloadParameters()))
                .put("baseline", report.baseline())
                .put("bootstrap_replicates", report.bootstrap().replicates())
                .put("cumulative_reward_mean", interval(row.cumulativeReward().mean()))
                .put("cumulative_reward_iqm", interval(row.cumulativeReward().iqm()))
                .put("final_score_mean", interval(row.finalScore().mean()))
                .put("final_score_iqm", interval(row.finalScore().iqm()));
        if (report.optimum() == ComparisonReport.Optimum.HINDSIGHT) {
            // no exact optimum on a trace; the hindsight optimum's mean over the task's episodes instead
            MeanInterval optimum = row.aggregate() ? null : setting.hindsight().get(Task.parse(row.task()));
            object.put("optimal_return", null).put("percent_of_optimal", null)
                    .put("hindsight_optimum", optimum == null ? null : new JsonObject().put("mean", optimum.mean())
                            .put("ci95_low", optimum.low()).put("ci95_high", optimum.high()))
                    .put("percent_of_hindsight_optimum", row.percentOfOptimal().map(ComparisonFormat::interval)
                            .orElse(null));
        } else {
            object.put("optimal_return", row.optimalReturn().isPresent() ? row.optimalReturn().getAsDouble() : null)
                    .put("percent_of_optimal", row.percentOfOptimal().map(ComparisonFormat::interval).orElse(null));
        }
        return object.put("probability_of_improvement", interval(row.improvement()))
                .put("ended_early_fraction", row.endedEarlyFraction())
                .put("passed_fraction", row.passedFraction())
                .toString();
    }

    private static JsonObject interval(IntervalEstimate estimate) {
        return new JsonObject().put("estimate", estimate.estimate()).put("ci95_low", estimate.low())
                .put("ci95_high", estimate.high());
    }
}
