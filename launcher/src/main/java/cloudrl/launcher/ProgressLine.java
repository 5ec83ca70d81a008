package cloudrl.launcher;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tells a long run's progress on standard error: a line every two seconds, the first after two
 * seconds, so that short runs print nothing. Workers report episodes from any thread.
 */
final class ProgressLine implements AutoCloseable {

    private static final long PERIOD_SECONDS = 2;

    private final PrintWriter err;
    private final String command;
    private final int totalEpisodes;
    private final AtomicInteger episodes = new AtomicInteger();
    private final AtomicReference<String> phase = new AtomicReference<>();
    private final ScheduledExecutorService clock;

    ProgressLine(PrintWriter err, String command, int totalEpisodes) {
        this.err = err;
        this.command = command;
        this.totalEpisodes = totalEpisodes;
        this.clock = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "cloudrl-progress");
            thread.setDaemon(true);
            return thread;
        });
        clock.scheduleAtFixedRate(this::report, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    /** The total number of episodes finished so far. */
    void episodes(int finished) {
        episodes.accumulateAndGet(finished, Math::max);
    }

    /** What the run does once the episodes are played. */
    void phase(String description) {
        phase.set(description);
    }

    private void report() {
        String now = phase.get();
        String line = now != null ? now
                : String.format(Locale.ROOT, "%d of %d episodes played (%.0f %%)", episodes.get(), totalEpisodes,
                        100.0 * episodes.get() / totalEpisodes);
        synchronized (err) {
            err.println(command + ": " + line);
            err.flush();
        }
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
