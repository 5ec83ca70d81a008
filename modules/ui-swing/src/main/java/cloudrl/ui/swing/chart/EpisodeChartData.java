package cloudrl.ui.swing.chart;

import cloudrl.api.Episode;
import cloudrl.api.Observation;
import cloudrl.ui.swing.session.ExplorerFrame;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.util.List;

/**
 * The series the charts draw, by step: CPU and memory utilisation, servers, request rate and latency.
 * Points are appended in batches and each series tells its chart once per batch, so a batch of a
 * hundred steps costs one redraw, not a hundred. Changed on one thread only (the EDT in the window).
 */
public final class EpisodeChartData {

    final XYSeries cpu = series("CPU");
    final XYSeries memory = series("Memory");
    final XYSeries servers = series("Servers");
    final XYSeries requestRate = series("Request rate");
    final XYSeries latency = series("Latency");

    final XYSeriesCollection utilisation = collection(cpu, memory);
    final XYSeriesCollection serverCount = collection(servers);
    final XYSeriesCollection traffic = collection(requestRate);
    final XYSeriesCollection latencies = collection(latency);

    private final List<XYSeries> all = List.of(cpu, memory, servers, requestRate, latency);

    /** The data of a whole recorded episode: the reset state at step 0, then every step. */
    public static EpisodeChartData of(Episode episode) {
        EpisodeChartData data = new EpisodeChartData();
        data.quietly(() -> {
            data.add(0, episode.initial(), episode.initial().latency());
            for (int i = 0; i < episode.steps(); i++) {
                data.add(i + 1, episode.states().get(i), episode.infos().get(i).latency());
            }
        });
        return data;
    }

    /** Appends {@code frames}, notifying each chart once. */
    public void append(List<ExplorerFrame> frames) {
        if (frames.isEmpty()) {
            return;
        }
        quietly(() -> frames.forEach(frame -> add(frame.step(), frame.state(), frame.latency())));
    }

    /** Removes every point, notifying each chart once. */
    public void clear() {
        quietly(() -> all.forEach(XYSeries::clear));
    }

    /** How many steps (counting the reset state) the series hold. */
    public int points() {
        return cpu.getItemCount();
    }

    private void add(int step, Observation state, double stepLatency) {
        cpu.add(step, state.cpu(), false);
        memory.add(step, state.memory(), false);
        servers.add(step, state.servers(), false);
        requestRate.add(step, state.requestRate(), false);
        latency.add(step, stepLatency, false);
    }

    private void quietly(Runnable change) {
        all.forEach(series -> series.setNotify(false));
        try {
            change.run();
        } finally {
            // setNotify(true) fires one change event per series
            all.forEach(series -> series.setNotify(true));
        }
    }

    private static XYSeries series(String name) {
        // kept in step order by construction; no sorting, duplicates are impossible
        return new XYSeries(name, false, true);
    }

    private static XYSeriesCollection collection(XYSeries... series) {
        XYSeriesCollection collection = new XYSeriesCollection();
        for (XYSeries each : series) {
            collection.addSeries(each);
        }
        return collection;
    }
}
