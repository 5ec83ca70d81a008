package cloudrl.env;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed crew of threads that, on each call to {@link #runAll()}, runs one task over a fixed number
 * of chunks. The calling thread and the workers claim chunks from a shared counter until none is
 * left, so a worker that is slow to wake (or descheduled on a busy machine) costs at most the chunk
 * it holds: the caller takes the rest. The task is given once, at construction, so a call creates no
 * objects; hand-over is a volatile generation counter that workers spin on briefly and then park on,
 * so an idle crew costs no CPU.
 */
final class StepWorkers implements AutoCloseable {

    /** Runs one chunk. {@code thread} is 0 for the caller and 1.. for the workers, for per-thread scratch. */
    @FunctionalInterface
    interface ChunkTask {
        void run(int chunk, int thread);
    }

    /** How long a worker spins for the next call before parking: longer than the gap between steps. */
    private static final long SPIN_NANOS = 200_000;

    private static final VarHandle PARKED = MethodHandles.arrayElementVarHandle(boolean[].class);

    private final ChunkTask task;
    private final int chunks;
    private final Thread[] workers;
    private final boolean[] parked;
    private final AtomicInteger nextChunk = new AtomicInteger();
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
        // everything the task reads was written before this volatile write, so claimers see it
        nextChunk.set(0);
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
        int chunk;
        while ((chunk = nextChunk.getAndIncrement()) < chunks) {
            try {
                task.run(chunk, thread);
            } catch (RuntimeException | Error problem) {
                recordFailure(problem);
            } finally {
                finishedChunks.incrementAndGet();
            }
        }
    }

    private void awaitChunks() {
        int spins = 0;
        while (finishedChunks.get() != chunks) {
            // a worker holding the last chunk may have been descheduled: do not starve it by spinning
            if (++spins < 10_000) {
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
            if ((++spins & 63) != 0 || System.nanoTime() - start < SPIN_NANOS) {
                Thread.onSpinWait();
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
