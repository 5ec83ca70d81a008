package cloudrl.torch;

import ai.djl.ndarray.NDManager;
import cloudrl.env.Task;
import cloudrl.env.VectorEnv;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A long run through the tensor view holds on to nothing: over 10^5 steps, each creating its action
 * tensor in a per-step scope as a training loop would, the number of live tensors stays that of the
 * view, and neither the process's resident memory nor the Java heap grows.
 */
class LongRunMemoryTest {

    private static final int COUNT = 64;
    private static final int STEPS = 100_000;
    /** Leaking even one small action tensor per step would grow resident memory by 40 MB or more. */
    private static final long ALLOWED_GROWTH = 16L << 20;

    @Test
    void memoryStaysFlatOverAHundredThousandSteps() throws IOException {
        try (NDManager manager = PyTorchRuntime.newManager();
             VectorEnv environments = VectorEnv.of(Task.MEDIUM, COUNT, 1);
             TensorVectorEnv view = new TensorVectorEnv(environments, manager)) {
            view.reset(3);
            int[] actions = new int[COUNT];
            // the first steps grow the JIT's code cache and the allocators' pools: measure after them
            run(view, manager, actions, STEPS);
            int liveTensors = manager.getManagedArrays().size();
            long residentBefore = residentBytes();
            long heapBefore = usedHeapAfterGc();

            run(view, manager, actions, STEPS);

            assertEquals(liveTensors, manager.getManagedArrays().size(), "tensors alive after the run");
            long residentGrowth = residentBytes() - residentBefore;
            long heapGrowth = usedHeapAfterGc() - heapBefore;
            assertTrue(residentGrowth < ALLOWED_GROWTH, "resident memory grew by " + (residentGrowth >> 20) + " MB");
            assertTrue(heapGrowth < ALLOWED_GROWTH, "heap grew by " + (heapGrowth >> 20) + " MB");
        }
    }

    private static void run(TensorVectorEnv view, NDManager manager, int[] actions, int steps) {
        for (int t = 0; t < steps; t++) {
            float[] observations = view.environments().observations();
            for (int i = 0; i < COUNT; i++) {
                float cpu = observations[i * 4];
                actions[i] = cpu > 70 ? 2 : cpu < 40 ? 0 : 1;
            }
            try (NDManager scope = manager.newSubManager()) {
                view.step(scope.create(actions));
            }
        }
    }

    private static long residentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
