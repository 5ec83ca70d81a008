package cloudrl.env;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StepWorkersTest {

    @Test
    void everyCallRunsEverySliceExactlyOnce() throws InterruptedException {
        AtomicIntegerArray runs = new AtomicIntegerArray(3);
        try (StepWorkers workers = new StepWorkers(3, runs::incrementAndGet, "test")) {
            for (int call = 1; call <= 2000; call++) {
                workers.runAll();
                for (int slice = 0; slice < 3; slice++) {
                    assertEquals(call, runs.get(slice), "slice " + slice + " after call " + call);
                }
                if (call % 500 == 0) {
                    // long enough for the workers to park, so the wake-up path is exercised too
                    Thread.sleep(5);
                }
            }
        }
    }

    @Test
    void aFailureInAWorkerIsRethrownToTheCaller() {
        IllegalStateException boom = new IllegalStateException("slice 1 failed");
        try (StepWorkers workers = new StepWorkers(2, slice -> {
            if (slice == 1) {
                throw boom;
            }
        }, "test")) {
            assertSame(boom, assertThrows(IllegalStateException.class, workers::runAll));
        }
    }

    @Test
    void aClosedCrewRefusesWork() {
        StepWorkers workers = new StepWorkers(2, slice -> { }, "test");
        workers.close();
        assertThrows(IllegalStateException.class, workers::runAll);
    }
}
