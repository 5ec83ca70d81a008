package cloudrl.launcher;

import cloudrl.evaluation.EvaluationSummary;
import cloudrl.evaluation.MeanInterval;

import java.util.Locale;

/** How an evaluation summary is shown: a short text block, or one JSON line with snake_case keys. */
final class SummaryFormat {

    private SummaryFormat() {
    }

    static String json(EvaluationSummary summary) {
        return new JsonObject()
                .put("task", summary.task())
                .put("policy", summary.policy())
                .put("episodes", summary.episodes())
                .put("seed", summary.seed())
                .put("cumulative_reward", interval(summary.cumulativeReward()))
                .put("final_score", interval(summary.finalScore()))
                .put("avg_cpu", summary.avgCpu())
                .put("avg_memory", summary.avgMemory())
                .put("avg_latency", summary.avgLatency())
                .put("ended_early_fraction", summary.endedEarlyFraction())
                .put("passed_fraction", summary.passedFraction())
                .toString();
    }

    static void text(EvaluationSummary summary, Printer printer) {
        MeanInterval reward = summary.cumulativeReward();
        MeanInterval score = summary.finalScore();
        printer.line("%s · policy %s · %d episodes · seed %d", summary.task(), summary.policy(), summary.episodes(),
                summary.seed());
        printer.line("  cumulative reward  %8.3f   95%% CI %s", reward.mean(), interval("%.3f", reward));
        printer.line("  final score        %8.4f   95%% CI %s", score.mean(), interval("%.4f", score));
        printer.line("  avg cpu %.2f %%   avg memory %.2f %%   avg latency %.3f", summary.avgCpu(),
                summary.avgMemory(), summary.avgLatency());
        printer.line("  ended early %.2f %%   passed %.2f %%", 100 * summary.endedEarlyFraction(),
                100 * summary.passedFraction());
    }

    /** {@code [low, high]}, or n/a for a single episode, which has no interval. */
    private static String interval(String format, MeanInterval interval) {
        return interval.hasInterval()
                ? String.format(Locale.ROOT, "[" + format + ", " + format + "]", interval.low(), interval.high())
                : "n/a (one episode)";
    }

    private static JsonObject interval(MeanInterval interval) {
        return new JsonObject().put("mean", interval.mean()).put("ci95_low", interval.low())
                .put("ci95_high", interval.high());
    }
}
