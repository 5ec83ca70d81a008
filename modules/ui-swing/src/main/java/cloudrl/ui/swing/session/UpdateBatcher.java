package cloudrl.ui.swing.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Hands items published on any thread to a consumer on another executor (the EDT), in batches: while
 * one delivery is pending, further items join it instead of scheduling their own. At full playback
 * speed the worker thus publishes many steps per EDT visit and the charts redraw once per batch.
 *
 * @param <T> the kind of item
 */
public final class UpdateBatcher<T> {

    private final Executor target;
    private final Consumer<List<T>> consumer;
    private final Queue<T> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean deliveryScheduled = new AtomicBoolean();

    public UpdateBatcher(Executor target, Consumer<List<T>> consumer) {
        this.target = Objects.requireNonNull(target, "target");
        this.consumer = Objects.requireNonNull(consumer, "consumer");
    }

    /** Queues {@code item}; schedules a delivery unless one is already on its way. */
    public void publish(T item) {
        pending.add(Objects.requireNonNull(item, "item"));
        if (deliveryScheduled.compareAndSet(false, true)) {
            target.execute(this::deliver);
        }
    }

    private void deliver() {
        // Cleared before draining: an item published during the drain either lands in this batch
        // or schedules the next one, never neither.
        deliveryScheduled.set(false);
        List<T> batch = new ArrayList<>();
        for (T item; (item = pending.poll()) != null; ) {
            batch.add(item);
        }
        if (!batch.isEmpty()) {
            consumer.accept(batch);
        }
    }
}
