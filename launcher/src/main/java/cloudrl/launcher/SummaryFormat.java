package cloudrl.launcher;

import cloudrl.evaluation.EvaluationSummary;
import cloudrl.evaluation.MeanInterval;

import java.util.Locale;

/** How an evaluation summary is shown: a short text block, or one JSON line with snake_case keys. */
final class SummaryFormat {

    private SummaryFormat() {
    }

    /** One task's summary as JSON: the keys the README documents for {@code baseline --json}. */
    record Json(String task, String policy, int episodes, long seed, Interval cumulativeReward, Interval finalScore,
                double avgCpu, double avgMemory, double avgLatency, double endedEarlyFraction,
                double passedFraction) {

        static Json of(EvaluationSummary summary) {
            return new Json(summary.task(), summary.policy(), summary.episodes(), summary.seed(),
                    Interval.of(summary.cumulativeReward()), Interval.of(summary.finalScore()), summary.avgCpu(),
                    summary.avgMemory(), summary.avgLatency(), summary.endedEarlyFraction(), summary.passedFraction());
        }
    }

    /** A mean with its Student-t interval; the ends are null for a single episode. */
    record Interval(double mean, double ci95Low, double ci95High) {
        static Interval of(MeanInterval interval) {
            return new Interval(interval.mean(), interval.low(), interval.high());
        }
    }

    static String json(EvaluationSummary summary) {
        return JsonLine.of(Json.of(summary));
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
}
