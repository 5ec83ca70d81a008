package cloudrl.launcher;

import cloudrl.api.GradeReport;

/** The grade report as the command line shows it. */
final class GradeFormat {

    private GradeFormat() {
    }

    static void text(GradeReport report, Printer printer) {
        printer.line("grade: final score %.4f, %s", report.finalScore(), report.passed() ? "PASSED" : "FAILED");
        printer.line("  stability %.4f   efficiency %.4f   performance %.4f", report.stabilityScore(),
                report.efficiencyScore(), report.performanceScore());
        printer.line("  cumulative reward %.3f over %d steps (avg %.4f)", report.cumulativeReward(), report.steps(),
                report.avgReward());
        printer.line("  avg cpu %.2f %%   avg memory %.2f %%   avg latency %.3f", report.avgCpu(), report.avgMemory(),
                report.avgLatency());
        printer.line("  ended by %s", report.terminated() ? "instability (cpu or memory above the threshold)"
                : "the time limit");
    }
}
