package cloudrl.ui.swing.session;

import cloudrl.api.Action;
import cloudrl.api.Episode;
import cloudrl.api.Policy;
import cloudrl.env.CloudEnvironment;
import cloudrl.env.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import cloudrl.ui.swing.compare.Hindsight;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the explorer's session on one worker thread, so the event-dispatch thread never steps the
 * environment, and reports back through an {@link UpdateBatcher}. Every method may be called from any
 * thread and returns at once.
 *
 * <p>Playback is a chain of ticks on the worker. A tick takes one step, or at full speed as many as
 * fit in a short time slice, then schedules the next tick; commands the user gives in between run
 * between two ticks. Each play gets a token, and pausing changes the token, so ticks of an old play
 * stop at their next step.
 */
public final class ExplorerController implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExplorerController.class);
    /** How long one full-speed tick may run before it lets other commands in. */
    private static final long FULL_SPEED_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(15);

    private final ExplorerSession session;
    private final UpdateBatcher<ExplorerEvent> events;
    private final ScheduledExecutorService worker;
    // the hindsight DP of an ended trace episode, so neither the EDT nor the next episode waits for it
    private final ExecutorService ceilings;
    private final AtomicInteger playToken = new AtomicInteger();
    private final AtomicBoolean playing = new AtomicBoolean();
    private volatile PlaybackSpeed speed = new PlaybackSpeed(10);

    // confined to the worker thread
    private ChosenPolicy chosen;

    private record ChosenPolicy(String name, Policy policy, int episodeNumber) {
    }

    /**
     * @param session    the episode to drive; from now on touched only by the worker thread
     * @param uiExecutor where {@code listener} runs, the EDT in the window
     * @param listener   receives the events in batches, in the order they happened
     */
    public ExplorerController(ExplorerSession session, Executor uiExecutor, Consumer<List<ExplorerEvent>> listener) {
        this.session = Objects.requireNonNull(session, "session");
        this.events = new UpdateBatcher<>(uiExecutor, listener);
        this.worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cloudrl-explorer-simulation");
            thread.setDaemon(true);
            return thread;
        });
        this.ceilings = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cloudrl-explorer-hindsight");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Stops playback and starts a new episode. */
    public void reset(Task task, long seed) {
        stopPlaying();
        submit(() -> show(session.reset(task, seed)));
    }

    /** Stops playback, builds episodes with {@code environments} from now on, and starts a new one. */
    public void setUp(Function<Task, CloudEnvironment> environments, Task task, long seed) {
        stopPlaying();
        submit(() -> {
            session.use(environments);
            show(session.reset(task, seed));
        });
    }

    /** Stops playback and takes one step with {@code action}. */
    public void act(Action action) {
        stopPlaying();
        submit(() -> show(session.step(action)));
    }

    /** Stops playback and takes up to {@code count} steps (1 to 20) with {@code action}. */
    public void run(int count, Action action) {
        stopPlaying();
        submit(() -> session.run(count, action).forEach(this::show));
    }

    /** Stops playback and takes one step with the action the named policy chooses. */
    public void stepPolicy(String name, Function<Task, Policy> factory) {
        stopPlaying();
        submit(() -> show(session.step(policy(name, factory))));
    }

    /** Lets the named policy play until the episode ends or {@link #pause()} is called. */
    public void play(String name, Function<Task, Policy> factory) {
        int token = playToken.incrementAndGet();
        submit(() -> {
            if (token != playToken.get()) {
                return;
            }
            session.requireRunning();
            Policy policy = policy(name, factory);
            if (!playing.getAndSet(true)) {
                events.publish(new ExplorerEvent.PlaybackChanged(true));
            }
            tick(token, policy);
        });
    }

    /** Stops playback after the step in progress. */
    public void pause() {
        stopPlaying();
    }

    /** Whether a policy is playing. */
    public boolean playing() {
        return playing.get();
    }

    /** Changes the playback speed from the next step on. */
    public void speed(PlaybackSpeed speed) {
        this.speed = Objects.requireNonNull(speed, "speed");
    }

    /** The current playback speed. */
    public PlaybackSpeed speed() {
        return speed;
    }

    /** A snapshot of the episode so far, taken on the worker between two steps. */
    public CompletableFuture<Optional<Episode>> episode() {
        return CompletableFuture.supplyAsync(session::episode, worker);
    }

    /** Stops playback and the worker thread. */
    @Override
    public void close() {
        stopPlaying();
        worker.shutdownNow();
        ceilings.shutdownNow();
        try {
            worker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void tick(int token, Policy policy) {
        long sliceEnd = System.nanoTime() + FULL_SPEED_SLICE_NANOS;
        do {
            if (token != playToken.get()) {
                return;
            }
            show(session.step(policy));
            if (session.ended()) {
                finish(token);
                return;
            }
        } while (speed.full() && System.nanoTime() < sliceEnd);
        schedule(() -> tick(token, policy), speed.delayNanos());
    }

    private void finish(int token) {
        if (playToken.compareAndSet(token, token + 1) && playing.getAndSet(false)) {
            events.publish(new ExplorerEvent.PlaybackChanged(false));
        }
    }

    private void stopPlaying() {
        playToken.incrementAndGet();
        if (playing.getAndSet(false)) {
            events.publish(new ExplorerEvent.PlaybackChanged(false));
        }
    }

    private Policy policy(String name, Function<Task, Policy> factory) {
        // A fresh instance per episode, so a policy with memory starts each episode clean.
        if (chosen == null || !chosen.name().equals(name) || chosen.episodeNumber() != session.episodeNumber()) {
            Policy policy = Objects.requireNonNull(factory.apply(session.task()), () -> "policy '" + name + "' gave no policy");
            policy.reset();
            chosen = new ChosenPolicy(name, policy, session.episodeNumber());
        }
        return chosen.policy();
    }

    private void show(ExplorerFrame frame) {
        events.publish(new ExplorerEvent.Shown(frame));
        if (frame.ending().ended() && frame.trace()) {
            findHindsight(frame, session.hindsight());
        }
    }

    private void findHindsight(ExplorerFrame last, Callable<Hindsight> work) {
        events.publish(new ExplorerEvent.HindsightFound(last, Optional.empty()));
        try {
            ceilings.execute(() -> {
                try {
                    events.publish(new ExplorerEvent.HindsightFound(last, Optional.of(work.call())));
                } catch (Exception failed) {
                    LOG.warn("explorer: cannot find the hindsight optimum", failed);
                    events.publish(new ExplorerEvent.Problem("cannot find the hindsight optimum: "
                            + failed.getMessage()));
                }
            });
        } catch (RejectedExecutionException closed) {
            LOG.debug("explorer closed, hindsight optimum not computed");
        }
    }

    private void submit(Runnable command) {
        schedule(command, 0);
    }

    private void schedule(Runnable command, long delayNanos) {
        try {
            worker.schedule(() -> guarded(command), delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            LOG.debug("explorer closed, command dropped");
        }
    }

    private void guarded(Runnable command) {
        try {
            command.run();
        } catch (IllegalArgumentException | IllegalStateException expected) {
            LOG.info("explorer: {}", expected.getMessage());
            stopPlaying();
            events.publish(new ExplorerEvent.Problem(expected.getMessage()));
        } catch (RuntimeException unexpected) {
            LOG.error("explorer: unexpected failure", unexpected);
            stopPlaying();
            events.publish(new ExplorerEvent.Problem("unexpected " + unexpected.getClass().getSimpleName() + ": "
                    + unexpected.getMessage() + " (details in the log)"));
        }
    }
}
