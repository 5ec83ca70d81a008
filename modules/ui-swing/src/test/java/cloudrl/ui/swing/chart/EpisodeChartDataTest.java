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
import cloudrl.env.EnvironmentConfig;
import cloudrl.grader.EpisodeGrader;
import cloudrl.plugins.PluginCatalog;
import cloudrl.plugins.PluginDiscovery;
import cloudrl.plugins.Selection;
import cloudrl.ui.swing.Workbench;

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

    @Test
    void theReferenceReportsNoBootingServersNorCost() {
        ExplorerSession session = new ExplorerSession();
        List<ExplorerFrame> frames = new ArrayList<>();
        frames.add(session.reset(Task.MEDIUM, 3));
        frames.addAll(session.run(5, Action.INCREASE));
        EpisodeChartData data = new EpisodeChartData();
        data.append(frames);
        assertEquals(0, data.booting.getItemCount());
        assertEquals(0, data.costSoFar.getItemCount());
        assertTrue(!data.hasFleet());
    }

    @Test
    void aBootDelayShowsTheOrderedServerBootingThenServing() {
        PluginCatalog catalog = PluginDiscovery.builtIns();
        Selection bootDelay = Selection.of(catalog.scenario("boot-delay"), null, null, null, List.of());
        ExplorerSession session = new ExplorerSession(new Workbench(catalog, EnvironmentConfig.defaults(), 0)
                .environments(bootDelay), new EpisodeGrader());
        List<ExplorerFrame> frames = new ArrayList<>();
        frames.add(session.reset(Task.MEDIUM, 3));
        frames.add(session.step(Action.INCREASE));
        frames.addAll(session.run(2, Action.MAINTAIN));
        EpisodeChartData data = new EpisodeChartData();
        data.append(frames);
        // bootSteps 3: ordered at step 1, the server counts down 2, 1, 0 and serves from step 3 = 1 + 3 - 1;
        // it is paid from the order: 0.05 for each of the 3 serving and the 1 booting server a step
        double[] booting = {0, 1, 1, 0};
        double[] servers = {3, 3, 3, 4};
        double[] cost = {0, 0.2, 0.4, 0.6};
        for (int step = 0; step < 4; step++) {
            assertEquals(booting[step], data.booting.getY(step).doubleValue(), "booting at step " + step);
            assertEquals(servers[step], data.servers.getY(step).doubleValue(), "servers at step " + step);
            assertEquals(cost[step], data.costSoFar.getY(step).doubleValue(), 1e-9, "cost so far at step " + step);
        }
        assertTrue(data.hasFleet());
    }
}
