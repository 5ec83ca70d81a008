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
}
