package cloudrl.ui.swing.chart;

import cloudrl.api.Episode;
import cloudrl.api.Observation;
import cloudrl.ui.swing.session.ExplorerFrame;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.util.List;
import java.util.Map;

/**
 * The series the charts draw, by step: CPU and memory utilisation, servers, request rate and latency;
 * and, where the scenario's steps report them ({@code StepInfo.fleet()}), booting servers and the
 * cost so far.
 * Points are appended in batches and each series tells its chart once per batch, so a batch of a
 * hundred steps costs one redraw, not a hundred. Changed on one thread only (the EDT in the window).
 */
public final class EpisodeChartData {

    final XYSeries cpu = series("CPU");
    final XYSeries memory = series("Memory");
    final XYSeries servers = series("Servers");
    final XYSeries requestRate = series("Request rate");
    final XYSeries latency = series("Latency");
    /** Servers ordered but not yet serving; empty in scenarios without a boot delay report (the reference). */
    final XYSeries booting = series("Booting");
    /** What the episode's steps have cost so far; empty where steps report no cost (the reference). */
    final XYSeries costSoFar = series("Cost so far");

    final XYSeriesCollection utilisation = collection(cpu, memory);
    final XYSeriesCollection serverCount = collection(servers, booting);
    final XYSeriesCollection costs = collection(costSoFar);
    final XYSeriesCollection traffic = collection(requestRate);
    final XYSeriesCollection latencies = collection(latency);

    private final List<XYSeries> all = List.of(cpu, memory, servers, requestRate, latency, booting, costSoFar);

    /**
     * Most points a live series holds before it is thinned: a chart a thousand pixels wide shows no
     * more, and painting 10,000 points costs a long episode's frames hundreds of milliseconds.
     */
    public static final int MAX_DRAWN = 4_000;

    private static final String BOOTING = "bootingServers";
    private static final String COST_SO_FAR = "costSoFar";

    private int recorded;

    /** The data of a whole recorded episode: the reset state at step 0, then every step. */
    public static EpisodeChartData of(Episode episode) {
        EpisodeChartData data = new EpisodeChartData();
        data.quietly(() -> {
            // the reset state of a scenario that reports its fleet has nothing booting and nothing spent yet
            Map<String, Double> atReset = episode.steps() > 0 && !episode.infos().get(0).fleet().isEmpty()
                    ? Map.of(BOOTING, 0.0, COST_SO_FAR, 0.0) : Map.of();
            data.add(0, episode.initial(), episode.initial().latency(), atReset);
            for (int i = 0; i < episode.steps(); i++) {
                data.add(i + 1, episode.states().get(i), episode.infos().get(i).latency(),
                        episode.infos().get(i).fleet());
            }
        });
        return data;
    }

    /**
     * Appends {@code frames}, notifying each chart once. A series that grows past {@link #MAX_DRAWN}
     * points is thinned to half, keeping each group of four points' lowest and highest (so a spike
     * stays visible) and always the latest point.
     */
    public void append(List<ExplorerFrame> frames) {
        if (frames.isEmpty()) {
            return;
        }
        quietly(() -> {
            frames.forEach(frame -> add(frame.step(), frame.state(), frame.latency(), frame.fleet()));
            while (cpu.getItemCount() > MAX_DRAWN) {
                all.forEach(EpisodeChartData::thin);
            }
        });
    }

    /** Keeps, of every four consecutive points, the lowest and the highest in step order, and the last point. */
    static void thin(XYSeries series) {
        int count = series.getItemCount();
        double[][] kept = new double[2][count];
        int size = 0;
        for (int start = 0; start < count; start += 4) {
            int end = Math.min(start + 4, count);
            int low = start;
            int high = start;
            for (int i = start; i < end; i++) {
                if (series.getY(i).doubleValue() < series.getY(low).doubleValue()) {
                    low = i;
                }
                if (series.getY(i).doubleValue() > series.getY(high).doubleValue()) {
                    high = i;
                }
            }
            int first = Math.min(low, high);
            int second = Math.max(low, high);
            size = keep(series, kept, size, first);
            if (second != first) {
                size = keep(series, kept, size, second);
            }
            if (end == count && second != count - 1) {
                size = keep(series, kept, size, count - 1);
            }
        }
        series.clear();
        for (int i = 0; i < size; i++) {
            series.add(kept[0][i], kept[1][i], false);
        }
    }

    private static int keep(XYSeries series, double[][] kept, int size, int index) {
        kept[0][size] = series.getX(index).doubleValue();
        kept[1][size] = series.getY(index).doubleValue();
        return size + 1;
    }

    /** Removes every point, notifying each chart once. */
    public void clear() {
        recorded = 0;
        quietly(() -> all.forEach(XYSeries::clear));
    }

    /** How many steps (counting the reset state) have been added since the last clear. */
    public int points() {
        return recorded;
    }

    /** How many points each series holds to draw: {@link #points()}, or fewer once thinned. */
    public int drawnPoints() {
        return cpu.getItemCount();
    }

    /** Whether the episode's steps report booting servers and cost, which the reference's do not. */
    public boolean hasFleet() {
        return !costSoFar.isEmpty() || !booting.isEmpty();
    }

    private void add(int step, Observation state, double stepLatency, Map<String, Double> fleet) {
        recorded++;
        Double bootingServers = fleet.get(BOOTING);
        if (bootingServers != null) {
            booting.add(step, bootingServers, false);
        }
        Double cost = fleet.get(COST_SO_FAR);
        if (cost != null) {
            costSoFar.add(step, cost, false);
        }
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
