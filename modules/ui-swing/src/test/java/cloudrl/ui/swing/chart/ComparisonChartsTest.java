package cloudrl.ui.swing.chart;

import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;
import cloudrl.grader.EpisodeGrader;
import cloudrl.policy.ThresholdPolicy;
import cloudrl.ui.swing.compare.Contender;
import cloudrl.ui.swing.compare.SideBySide;
import cloudrl.ui.swing.compare.Standing;
import cloudrl.ui.swing.present.Theme;
import cloudrl.workload.TraceClock;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comparison's by-step charts paint their x axis with steps, or with a trace's clock times. */
class ComparisonChartsTest {

    private static final List<Standing> STANDINGS = new SideBySide(new EpisodeGrader()).run(List.of(
            new Contender("threshold", () -> CloudEnvironment.of(Task.EASY), environment -> ThresholdPolicy.defaults()),
            new Contender("maintain", () -> CloudEnvironment.of(Task.EASY),
                    environment -> observation -> cloudrl.api.Action.MAINTAIN)), 2, 2, done -> {
            }, () -> false);

    @Test
    void withAClockTheXAxisShowsClockTimesAndWithoutOneSteps() {
        // step 0 at 3 August 2021 10:37 UTC, 1 minute a step: the 100 steps span 10:37 to 10:37 + 100 min = 12:17
        TraceClock clock = new TraceClock(LocalDateTime.of(2021, 8, 3, 10, 37), ZoneOffset.UTC, 1);
        for (JFreeChart chart : List.of(ComparisonCharts.cumulativeReward(STANDINGS, 100, Optional.of(clock), Theme.LIGHT),
                ComparisonCharts.servers(STANDINGS, 100, Optional.of(clock), Theme.LIGHT))) {
            StepAxis axis = painted(chart);
            assertEquals("Time of day, UTC (step 0: Tue 3 Aug 2021 10:37)", axis.getLabel());
            List<String> labels = axis.drawnLabels();
            // 600 pixels leave room for at least three labels, so hourly ticks or finer: 11:00 and 12:00 are there
            assertTrue(labels.contains("11:00") && labels.contains("12:00"), labels.toString());
            for (String label : labels) {
                LocalTime time = LocalTime.parse(label);
                assertTrue(!time.isBefore(LocalTime.of(10, 37)) && !time.isAfter(LocalTime.of(12, 17)), label);
            }
        }
        for (JFreeChart chart : List.of(ComparisonCharts.cumulativeReward(STANDINGS, 100, Optional.empty(), Theme.LIGHT),
                ComparisonCharts.servers(STANDINGS, 100, Optional.empty(), Theme.LIGHT))) {
            StepAxis axis = painted(chart);
            assertEquals(StepAxis.STEP_LABEL, axis.getLabel());
            assertTrue(axis.drawnLabels().contains("0") && axis.drawnLabels().contains("100"),
                    axis.drawnLabels().toString());
        }
    }

    private static StepAxis painted(JFreeChart chart) {
        chart.createBufferedImage(600, 400);
        return (StepAxis) chart.getXYPlot().getDomainAxis();
    }
}
