package cloudrl.ui.swing.session;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpdateBatcherTest {

    @Test
    void itemsPublishedWhileADeliveryIsPendingShareIt() {
        Queue<Runnable> edt = new ArrayDeque<>();
        List<List<Integer>> batches = new ArrayList<>();
        UpdateBatcher<Integer> batcher = new UpdateBatcher<>(edt::add, batches::add);

        for (int i = 0; i < 100; i++) {
            batcher.publish(i);
        }
        assertEquals(1, edt.size(), "one delivery scheduled for 100 items");
        edt.poll().run();
        assertEquals(1, batches.size());
        assertEquals(100, batches.get(0).size());
        assertEquals(0, batches.get(0).get(0));
        assertEquals(99, batches.get(0).get(99));

        batcher.publish(100);
        assertEquals(1, edt.size(), "after a delivery the next item schedules a new one");
        edt.poll().run();
        assertEquals(List.of(100), batches.get(1));
    }

    @Test
    void everyItemArrivesOnceAndInOrderUnderConcurrentPublishing() throws Exception {
        ExecutorService edt = Executors.newSingleThreadExecutor();
        List<Long> received = Collections.synchronizedList(new ArrayList<>());
        List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        UpdateBatcher<Long> batcher = new UpdateBatcher<>(edt, batch -> {
            batchSizes.add(batch.size());
            received.addAll(batch);
        });
        int publishers = 4;
        int each = 20_000;
        ExecutorService workers = Executors.newFixedThreadPool(publishers);
        for (int p = 0; p < publishers; p++) {
            long base = (long) p << 32;
            workers.execute(() -> {
                for (int i = 0; i < each; i++) {
                    batcher.publish(base + i);
                }
            });
        }
        workers.shutdown();
        assertTrue(workers.awaitTermination(30, TimeUnit.SECONDS));
        edt.submit(() -> { }).get(); // deliveries scheduled before this have run
        edt.shutdown();
        assertTrue(edt.awaitTermination(30, TimeUnit.SECONDS));

        assertEquals(publishers * each, received.size());
        long[] next = new long[publishers];
        for (long item : received) {
            int publisher = (int) (item >>> 32);
            assertEquals(next[publisher]++, item & 0xffffffffL, "publisher " + publisher + " out of order");
        }
        assertTrue(batchSizes.size() < publishers * each, "items should have been batched");
    }
}
