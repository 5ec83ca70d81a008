package cloudrl.env;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A fixed crew of threads that runs the same slice task for every slice on each call to
 * {@link #runAll()}: slice 0 on the calling thread, slice k on worker k. The task is given once, at
 * construction, so a call creates no task objects; hand-over is a volatile generation counter that
 * workers spin on briefly and then park on, so an idle crew costs no CPU.
 */
final class StepWorkers implements AutoCloseable {

    /** How long a worker spins for the next call before parking: longer than one step of a big batch. */
    private static final long SPIN_NANOS = 200_000;

    private final IntConsumer sliceTask;
    private final Thread[] workers;
    private final boolean[] parked;
    private final AtomicInteger pending = new AtomicInteger();

    private volatile long generation;
    private volatile boolean closed;
    private volatile Throwable failure;

    /**
     * @param slices    how many slices each call runs, at least 2 (one is the caller's)
     * @param sliceTask runs one slice, given its index
     */
    StepWorkers(int slices, IntConsumer sliceTask, String name) {
        if (slices < 2) {
            throw new IllegalArgumentException("slices " + slices + " is not allowed: must be at least 2");
        }
        this.sliceTask = sliceTask;
        this.workers = new Thread[slices - 1];
        this.parked = new boolean[slices - 1];
        for (int w = 0; w < workers.length; w++) {
            int slice = w + 1;
            Thread thread = new Thread(() -> work(slice), name + "-" + slice);
            thread.setDaemon(true);
            workers[w] = thread;
        }
        for (Thread worker : workers) {
            worker.start();
        }
    }

    /** Number of slices, the caller's included. */
    int slices() {
        return workers.length + 1;
    }

    /**
     * Runs every slice once and returns when all are done. A failure in any slice is rethrown here
     * after all slices have finished.
     */
    void runAll() {
        if (closed) {
            throw new IllegalStateException("the step workers have been closed");
        }
        failure = null;
        pending.set(workers.length);
        generation = generation + 1;
        for (int w = 0; w < workers.length; w++) {
            if (isParked(w)) {
                LockSupport.unpark(workers[w]);
            }
        }
        try {
            sliceTask.accept(0);
        } catch (RuntimeException | Error problem) {
            recordFailure(problem);
        }
        awaitWorkers();
        Throwable problem = failure;
        if (problem instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (problem instanceof Error error) {
            throw error;
        }
    }

    private void awaitWorkers() {
        int spins = 0;
        while (pending.get() != 0) {
            // a worker that was descheduled should not be starved by our spinning on a busy machine
            if (++spins < 10_000) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    private void work(int slice) {
        int index = slice - 1;
        long seen = 0;
        while (true) {
            long current = awaitGeneration(seen, index);
            if (closed) {
                return;
            }
            seen = current;
            try {
                sliceTask.accept(slice);
            } catch (RuntimeException | Error problem) {
                recordFailure(problem);
            }
            pending.decrementAndGet();
        }
    }

    private long awaitGeneration(long seen, int index) {
        long start = System.nanoTime();
        int spins = 0;
        long current;
        while ((current = generation) == seen && !closed) {
            if ((++spins & 63) != 0 || System.nanoTime() - start < SPIN_NANOS) {
                Thread.onSpinWait();
                continue;
            }
            // Dekker-style: announce the park, then look once more, so a call published in between is
            // either seen here or answered with an unpark by runAll().
            setParked(index, true);
            if (generation == seen && !closed) {
                LockSupport.park(this);
            }
            setParked(index, false);
        }
        return current;
    }

    private void recordFailure(Throwable problem) {
        synchronized (this) {
            if (failure == null) {
                failure = problem;
            }
        }
    }

    private boolean isParked(int index) {
        return (boolean) PARKED.getVolatile(parked, index);
    }

    private void setParked(int index, boolean value) {
        PARKED.setVolatile(parked, index, value);
    }

    /** Stops the workers; later calls to {@link #runAll()} fail. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Thread worker : workers) {
            LockSupport.unpark(worker);
        }
        for (Thread worker : workers) {
            try {
                worker.join(1_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static final java.lang.invoke.VarHandle PARKED =
            java.lang.invoke.MethodHandles.arrayElementVarHandle(boolean[].class);
}
