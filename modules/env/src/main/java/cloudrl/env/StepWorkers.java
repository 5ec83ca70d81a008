package cloudrl.env;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed crew of threads that, on each call to {@link #runAll()}, runs one task over a fixed number
 * of chunks. Each thread has a home: a contiguous run of chunks it claims first, one by one, so that
 * from call to call the same thread steps the same environments and their state stays in its core's
 * cache. A thread done with its home helps with the others' unclaimed chunks, so a worker that is
 * slow to wake, or descheduled on a busy machine, delays a call by at most the chunk it holds. The
 * task is given once, at construction, so a call creates no objects; hand-over is a volatile
 * generation counter that workers spin on briefly, then yield on, then park on, so an idle crew costs
 * no CPU and a busy machine keeps its cores.
 */
final class StepWorkers implements AutoCloseable {

    /** Runs one chunk. {@code thread} is 0 for the caller and 1.. for the workers, for per-thread scratch. */
    @FunctionalInterface
    interface ChunkTask {
        void run(int chunk, int thread);
    }

    /** Ints between two claim counters: a cache line. */
    private static final int PADDING = 16;

    /** Busy-wait rounds before a waiting thread starts yielding its core. */
    private static final int SPINS = 256;

    /** How long a worker keeps looking for the next call (spinning, then yielding) before it parks. */
    private static final long WAIT_NANOS = 100_000;

    private static final VarHandle PARKED = MethodHandles.arrayElementVarHandle(boolean[].class);

    private final ChunkTask task;
    private final int chunks;
    private final Thread[] workers;
    private final boolean[] parked;
    // per home: the next chunk to claim and the end, padded apart to keep the claims off one cache line
    private final AtomicIntegerArray nextChunk;
    private final int[] homeEnd;
    private final AtomicInteger finishedChunks = new AtomicInteger();

    private volatile long generation;
    private volatile boolean closed;
    private volatile Throwable failure;

    /**
     * @param threads threads per call, the caller's included, at least 2
     * @param chunks  chunks per call, at least 1
     * @param task    runs one chunk
     * @param name    prefix of the workers' thread names
     */
    StepWorkers(int threads, int chunks, ChunkTask task, String name) {
        if (threads < 2) {
            throw new IllegalArgumentException("threads " + threads + " is not allowed: must be at least 2");
        }
        if (chunks < 1) {
            throw new IllegalArgumentException("chunks " + chunks + " is not allowed: must be at least 1");
        }
        this.task = task;
        this.chunks = chunks;
        this.nextChunk = new AtomicIntegerArray(threads * PADDING);
        this.homeEnd = new int[threads];
        for (int t = 0; t < threads; t++) {
            homeEnd[t] = (int) ((long) chunks * (t + 1) / threads);
        }
        this.workers = new Thread[threads - 1];
        this.parked = new boolean[threads - 1];
        for (int w = 0; w < workers.length; w++) {
            int thread = w + 1;
            Thread worker = new Thread(() -> work(thread), name + "-" + thread);
            worker.setDaemon(true);
            workers[w] = worker;
        }
        for (Thread worker : workers) {
            worker.start();
        }
    }

    /** Threads per call, the caller's included. */
    int threads() {
        return workers.length + 1;
    }

    /**
     * Runs every chunk once and returns when all are done. A failure in any chunk is rethrown here
     * after all chunks have finished.
     */
    void runAll() {
        if (closed) {
            throw new IllegalStateException("the step workers have been closed");
        }
        failure = null;
        finishedChunks.set(0);
        for (int t = 0; t < homeEnd.length; t++) {
            nextChunk.set(t * PADDING, t == 0 ? 0 : homeEnd[t - 1]);
        }
        // everything the task reads was written before this volatile write, so the workers see it
        generation = generation + 1;
        for (int w = 0; w < workers.length; w++) {
            if ((boolean) PARKED.getVolatile(parked, w)) {
                LockSupport.unpark(workers[w]);
            }
        }
        claimChunks(0);
        awaitChunks();
        Throwable problem = failure;
        if (problem instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (problem instanceof Error error) {
            throw error;
        }
    }

    private void claimChunks(int thread) {
        int homes = homeEnd.length;
        for (int k = 0; k < homes; k++) {
            // home first, then the others in turn
            int home = (thread + k) % homes;
            int end = homeEnd[home];
            int chunk;
            while ((chunk = nextChunk.getAndIncrement(home * PADDING)) < end) {
                try {
                    task.run(chunk, thread);
                } catch (RuntimeException | Error problem) {
                    recordFailure(problem);
                } finally {
                    finishedChunks.incrementAndGet();
                }
            }
        }
    }

    private void awaitChunks() {
        int spins = 0;
        while (finishedChunks.get() != chunks) {
            // a worker holding the last chunk may be waiting for a core: soon, offer it ours
            if (++spins < SPINS) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    private void work(int thread) {
        int index = thread - 1;
        long seen = 0;
        while (true) {
            seen = awaitGeneration(seen, index);
            if (closed) {
                return;
            }
            claimChunks(thread);
        }
    }

    private long awaitGeneration(long seen, int index) {
        long start = System.nanoTime();
        int spins = 0;
        long current;
        while ((current = generation) == seen && !closed) {
            // Spin a little for a quick next call, then yield so that a busy machine (the caller
            // included) keeps the core, and park once the caller is clearly doing something else.
            if (++spins < SPINS) {
                Thread.onSpinWait();
                continue;
            }
            if (System.nanoTime() - start < WAIT_NANOS) {
                Thread.yield();
                continue;
            }
            // announce the park, then look once more: a call published in between is either seen
            // here or answered with an unpark by runAll()
            PARKED.setVolatile(parked, index, true);
            if (generation == seen && !closed) {
                LockSupport.park(this);
            }
            PARKED.setVolatile(parked, index, false);
        }
        return current;
    }

    private synchronized void recordFailure(Throwable problem) {
        if (failure == null) {
            failure = problem;
        }
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
}
