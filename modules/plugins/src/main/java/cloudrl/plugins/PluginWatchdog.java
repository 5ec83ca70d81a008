package cloudrl.plugins;

import cloudrl.env.EpisodePosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Notices a call into a plugin that does not return within a limit, and reports it while the call
 * is still running: a plugin stuck in a loop cannot be stopped from outside its thread, so whoever
 * configures the watchdog decides what happens (the command line prints the report and exits with
 * status 1). A call that does return late fails with a {@link PluginFailure} as well.
 *
 * <p>One daemon thread serves every watchdog in the JVM, looking every {@value #TICK_MILLIS} ms at
 * one slot per calling thread; a guarded call only publishes into its thread's slot (two release
 * stores and one load, no clock read), so the hot path stays cheap.
 */
public final class PluginWatchdog {

    /** How long a call may take unless configured otherwise. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(10);

    static final long TICK_MILLIS = 50;

    private static final Logger LOG = LoggerFactory.getLogger(PluginWatchdog.class);

    private final Duration limit;
    private final long limitNanos;
    private final Consumer<OverduePluginCall> onOverdue;

    /**
     * @param limit     how long one call may take, positive
     * @param onOverdue told, on the watchdog's thread, about each call that has run longer than {@code limit}
     * @throws IllegalArgumentException when {@code limit} is not positive
     */
    public PluginWatchdog(Duration limit, Consumer<OverduePluginCall> onOverdue) {
        if (limit == null || limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a plugin call limit of " + limit + " is not allowed: must be positive");
        }
        this.limit = limit;
        this.limitNanos = limit.toNanos();
        this.onOverdue = Objects.requireNonNull(onOverdue, "onOverdue");
    }

    /** A watchdog that logs an overdue call; the call then fails when it returns. */
    public static PluginWatchdog logging(Duration limit) {
        return new PluginWatchdog(limit, overdue -> LOG.error("{}", overdue.message()));
    }

    /** How long one call may take. */
    public Duration limit() {
        return limit;
    }

    /** A guarded method of one plugin, made once per guard and method. */
    record Call(PluginWatchdog watchdog, FoundProvider plugin, String method) {
    }

    /** The calling thread's slot. */
    static Slot slot() {
        return Slot.CURRENT.get();
    }

    /** What one thread is calling now; written by that thread, read by the monitor. */
    static final class Slot {

        private static final ThreadLocal<Slot> CURRENT = ThreadLocal.withInitial(Slot::register);
        private static final VarHandle CALL;
        private static final VarHandle ENTERED;
        private static final VarHandle OVERDUE;

        static {
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                CALL = lookup.findVarHandle(Slot.class, "call", Call.class);
                ENTERED = lookup.findVarHandle(Slot.class, "entered", long.class);
                OVERDUE = lookup.findVarHandle(Slot.class, "overdue", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final Thread thread = Thread.currentThread();
        final EpisodePosition position = EpisodePosition.current();
        private Call call;
        private long entered;
        private long overdue = -1;
        // the monitor's own bookkeeping
        private long watched = -1;
        private long watchedSince;
        private boolean reported;

        private static Slot register() {
            Slot slot = new Slot();
            Monitor.watch(slot);
            return slot;
        }

        /** The call running now, for restoring after a nested one. */
        Call current() {
            return call;
        }

        /** Publishes {@code next} as running; returns the number that identifies this entry. */
        long enter(Call next) {
            CALL.setRelease(this, next);
            long number = entered + 1;
            ENTERED.setRelease(this, number);
            return number;
        }

        /** Publishes {@code outer} (the call this one was nested in, or null) as running again. */
        void leave(Call outer) {
            CALL.setRelease(this, outer);
        }

        /** Whether the watchdog reported the entry {@code number} as overdue. */
        boolean wasOverdue(long number) {
            return (long) OVERDUE.getAcquire(this) == number;
        }

        /** One look by the monitor at time {@code now}. */
        void inspect(long now) {
            long before = (long) ENTERED.getAcquire(this);
            Call running = (Call) CALL.getAcquire(this);
            long after = (long) ENTERED.getAcquire(this);
            if (running == null || before != after) {
                watched = -1;
                return;
            }
            if (before != watched) {
                watched = before;
                watchedSince = now;
                reported = false;
                return;
            }
            // the same entry has been running since at least watchedSince: never reported early
            if (!reported && now - watchedSince >= running.watchdog().limitNanos) {
                reported = true;
                OVERDUE.setRelease(this, before);
                running.watchdog().report(new OverduePluginCall(PluginGuard.name(running.plugin()), running.method(),
                        position.describe(), running.watchdog().limit));
            }
        }
    }

    private void report(OverduePluginCall overdue) {
        try {
            onOverdue.accept(overdue);
        } catch (RuntimeException failed) {
            LOG.error("reporting an overdue plugin call failed: {}", overdue.message(), failed);
        }
    }

    /** The one thread that looks at every slot. */
    private static final class Monitor implements Runnable {

        private static final Queue<Slot> SLOTS = new ConcurrentLinkedQueue<>();
        private static Thread thread;

        static synchronized void watch(Slot slot) {
            SLOTS.add(slot);
            if (thread == null) {
                thread = new Thread(new Monitor(), "cloudrl-plugin-watchdog");
                thread.setDaemon(true);
                thread.start();
            }
        }

        @Override
        public void run() {
            while (true) {
                try {
                    TimeUnit.MILLISECONDS.sleep(TICK_MILLIS);
                } catch (InterruptedException stopped) {
                    return;
                }
                long now = System.nanoTime();
                SLOTS.removeIf(slot -> !slot.thread.isAlive());
                for (Slot slot : SLOTS) {
                    slot.inspect(now);
                }
            }
        }
    }
}
