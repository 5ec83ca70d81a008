package cloudrl.ui.swing.chart;

import cloudrl.api.Episode;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Rollout;
import cloudrl.env.Task;
import cloudrl.policy.ThresholdPolicy;
import cloudrl.ui.swing.session.ExplorerFrame;
import cloudrl.ui.swing.session.ExplorerSession;
import cloudrl.api.Action;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EpisodeChartDataTest {

    @Test
    void aBatchNotifiesEachSeriesOnceNotOncePerPoint() {
        ExplorerSession session = new ExplorerSession();
        List<ExplorerFrame> frames = new ArrayList<>();
        frames.add(session.reset(Task.EASY, 1));
        for (int i = 0; i < 4; i++) {
            frames.addAll(session.run(20, Action.MAINTAIN));
        }
        EpisodeChartData data = new EpisodeChartData();
        AtomicInteger utilisationChanges = new AtomicInteger();
        data.utilisation.addChangeListener(event -> utilisationChanges.incrementAndGet());

        data.append(frames);

        assertEquals(81, data.points());
        assertEquals(2, utilisationChanges.get(), "one change per series (CPU, memory) for the whole batch");
        assertEquals(frames.get(80).state().cpu(), data.cpu.getY(80).doubleValue());
        assertEquals(frames.get(80).state().servers(), data.servers.getY(80).intValue());
        assertEquals(frames.get(80).latency(), data.latency.getY(80).doubleValue());
        assertEquals(80, data.requestRate.getX(80).intValue());

        data.clear();
        assertEquals(0, data.points());
    }

    @Test
    void aRecordedEpisodeStartsAtStepZero() {
        Episode episode = Rollout.play(CloudEnvironment.of(Task.MEDIUM), ThresholdPolicy.defaults(), 4);
        EpisodeChartData data = EpisodeChartData.of(episode);
        assertEquals(episode.steps() + 1, data.points());
        assertEquals(episode.initial().requestRate(), data.requestRate.getY(0).intValue());
        assertEquals(episode.states().get(episode.steps() - 1).memory(),
                data.memory.getY(episode.steps()).doubleValue());
    }

    @Test
    void thinningKeepsEachGroupsLowAndHighAndTheLatestPoint() {
        org.jfree.data.xy.XYSeries series = new org.jfree.data.xy.XYSeries("cpu", false, true);
        // groups of four: (0..3) has its low at step 1 and a spike at step 2; (4..7) falls; (8, 9) is partial
        double[] values = {50, 10, 99, 50, 80, 70, 60, 40, 55, 45};
        for (int step = 0; step < values.length; step++) {
            series.add(step, values[step]);
        }
        EpisodeChartData.thin(series);
        // kept by hand: steps 1 and 2; 4 and 7; 8 and 9 (9 is also the latest)
        double[] steps = {1, 2, 4, 7, 8, 9};
        assertEquals(steps.length, series.getItemCount());
        for (int i = 0; i < steps.length; i++) {
            assertEquals(steps[i], series.getX(i).doubleValue());
            assertEquals(values[(int) steps[i]], series.getY(i).doubleValue());
        }
    }

    @Test
    void aLongEpisodeIsDrawnWithAtMostTheLimitOfPoints() {
        EpisodeChartData data = new EpisodeChartData();
        ExplorerSession session = new ExplorerSession(task -> new cloudrl.env.CloudEnvironment(
                cloudrl.env.EnvironmentConfig.defaults().toBuilder().maxSteps(10_000).build(),
                CloudEnvironment.of(task).workload(), CloudEnvironment.of(task).rewardFunction()),
                new cloudrl.grader.EpisodeGrader());
        java.util.List<cloudrl.ui.swing.session.ExplorerFrame> frames = new java.util.ArrayList<>();
        frames.add(session.reset(Task.EASY, 0));
        while (!session.ended()) {
            frames.add(session.step(cloudrl.api.Action.MAINTAIN));
        }
        for (int from = 0; from < frames.size(); from += 500) {
            data.append(frames.subList(from, Math.min(from + 500, frames.size())));
        }
        assertEquals(10_001, data.points());
        assertTrue(data.drawnPoints() <= EpisodeChartData.MAX_DRAWN, "drawn " + data.drawnPoints());
        assertEquals(10_000, data.cpu.getX(data.drawnPoints() - 1).intValue(), "the latest step is drawn");
    }
}
