package cloudrl.env;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StepWorkersTest {

    @Test
    void everyCallRunsEveryChunkExactlyOnce() throws InterruptedException {
        int chunks = 7;
        AtomicIntegerArray runs = new AtomicIntegerArray(chunks);
        AtomicIntegerArray byThread = new AtomicIntegerArray(3);
        try (StepWorkers workers = new StepWorkers(3, chunks, (chunk, thread) -> {
            runs.incrementAndGet(chunk);
            byThread.incrementAndGet(thread);
        }, "test")) {
            assertEquals(3, workers.threads());
            for (int call = 1; call <= 2000; call++) {
                workers.runAll();
                for (int chunk = 0; chunk < chunks; chunk++) {
                    assertEquals(call, runs.get(chunk), "chunk " + chunk + " after call " + call);
                }
                if (call % 500 == 0) {
                    // long enough for the workers to park, so the wake-up path is exercised too
                    Thread.sleep(5);
                }
            }
        }
        assertEquals(2000 * chunks, byThread.get(0) + byThread.get(1) + byThread.get(2));
        assertTrue(byThread.get(0) > 0, "the caller takes chunks too");
    }

    @Test
    void theCallerTakesOverTheChunksOfAStalledWorker() throws InterruptedException {
        int chunks = 8;
        AtomicIntegerArray byThread = new AtomicIntegerArray(2);
        java.util.concurrent.CountDownLatch callerDidTheRest = new java.util.concurrent.CountDownLatch(1);
        try (StepWorkers workers = new StepWorkers(2, chunks, (chunk, thread) -> {
            if (byThread.incrementAndGet(thread) == chunks - 1 && thread == 0) {
                callerDidTheRest.countDown();
            }
            if (thread == 1) {
                // the worker stalls on its first chunk until the caller has done every other one
                try {
                    callerDidTheRest.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "test")) {
            workers.runAll();
        }
        assertEquals(chunks, byThread.get(0) + byThread.get(1));
        assertTrue(byThread.get(1) <= 1, "the stalled worker did " + byThread.get(1) + " chunks");
    }

    @Test
    void aFailureInAChunkIsRethrownToTheCallerAfterTheOthersFinish() {
        IllegalStateException boom = new IllegalStateException("chunk 3 failed");
        AtomicIntegerArray runs = new AtomicIntegerArray(6);
        try (StepWorkers workers = new StepWorkers(2, 6, (chunk, thread) -> {
            runs.incrementAndGet(chunk);
            if (chunk == 3) {
                throw boom;
            }
        }, "test")) {
            assertSame(boom, assertThrows(IllegalStateException.class, workers::runAll));
            for (int chunk = 0; chunk < 6; chunk++) {
                assertEquals(1, runs.get(chunk), "chunk " + chunk);
            }
        }
    }

    @Test
    void aClosedCrewRefusesWork() {
        StepWorkers workers = new StepWorkers(2, 1, (chunk, thread) -> { }, "test");
        workers.close();
        assertThrows(IllegalStateException.class, workers::runAll);
    }
}
