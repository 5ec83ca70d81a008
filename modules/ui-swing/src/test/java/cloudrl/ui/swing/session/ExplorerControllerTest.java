package cloudrl.ui.swing.session;

import cloudrl.api.Action;
import cloudrl.api.Policy;
import cloudrl.env.Task;
import cloudrl.policy.ThresholdPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class ExplorerControllerTest {

    /** Stands in for the EDT: one thread, receiving the batches. */
    private final ExecutorService ui = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "test-ui"));
    private final List<ExplorerEvent> events = new ArrayList<>(); // touched on the "ui" thread only
    private final List<Integer> batchSizes = new ArrayList<>();
    private final ExplorerController controller = new ExplorerController(new ExplorerSession(), ui, batch -> {
        batchSizes.add(batch.size());
        events.addAll(batch);
    });

    @AfterEach
    void stop() {
        controller.close();
        ui.shutdownNow();
    }

    @Test
    void commandsProduceFramesInOrder() throws Exception {
        controller.reset(Task.EASY, 4);
        controller.act(Action.INCREASE);
        controller.run(20, Action.MAINTAIN);

        List<ExplorerFrame> frames = await(list -> list.size() == 22);
        assertEquals(0, frames.get(0).step());
        assertEquals(4, frames.get(1).state().servers());
        assertEquals(Action.INCREASE, frames.get(1).action().orElseThrow());
        assertEquals(21, frames.get(21).step());
        assertEquals(Action.MAINTAIN, frames.get(21).action().orElseThrow());
    }

    @Test
    void playingAtFullSpeedReachesTheEndOffTheCallersThreadAndReportsPlayback() throws Exception {
        Set<String> actingThreads = ConcurrentHashMap.newKeySet();
        Function<Task, Policy> watched = task -> observation -> {
            actingThreads.add(Thread.currentThread().getName());
            return ThresholdPolicy.defaults().act(observation);
        };
        controller.speed(PlaybackSpeed.FULL);
        controller.reset(Task.EASY, 9);
        controller.play("watched", watched);

        List<ExplorerFrame> frames = await(list -> !list.isEmpty() && list.get(list.size() - 1).ending().ended());
        assertEquals(Set.of("cloudrl-explorer-simulation"), actingThreads);
        assertTrue(frames.get(frames.size() - 1).grade().isPresent());
        awaitCondition(() -> !controller.playing());
        List<Boolean> playback = onUi(() -> events.stream()
                .filter(ExplorerEvent.PlaybackChanged.class::isInstance)
                .map(event -> ((ExplorerEvent.PlaybackChanged) event).playing()).toList());
        assertEquals(List.of(true, false), playback);
        // how many frames share a batch depends on how busy the machine is, so only what batching must keep
        // is checked: every event delivered once, in order, and no empty batch
        int delivered = onUi(() -> batchSizes.stream().mapToInt(Integer::intValue).sum());
        assertEquals(onUi(events::size), delivered);
        assertTrue(onUi(() -> batchSizes.stream().allMatch(size -> size > 0)), "no empty batch");
    }

    @Test
    void pauseStopsASlowPlay() throws Exception {
        controller.speed(new PlaybackSpeed(5));
        controller.reset(Task.EASY, 2);
        controller.play("threshold", task -> ThresholdPolicy.defaults());
        await(list -> list.size() >= 2);
        controller.pause();
        assertFalse(controller.playing());
        int shown = onUi(() -> frames().size());
        Thread.sleep(600); // three steps' worth at 5 steps/s
        int later = onUi(() -> frames().size());
        assertTrue(later <= shown + 1, "at most the step in flight may land after pause: " + shown + " -> " + later);
    }

    @Test
    void aRefusedCommandBecomesAProblemEvent() throws Exception {
        controller.act(Action.MAINTAIN);
        awaitCondition(() -> onUi(() -> problem().isPresent()));
        assertEquals("no episode yet: press Reset (R) to start one", onUi(this::problem).orElseThrow());

        controller.reset(Task.EASY, 1);
        controller.run(25, Action.MAINTAIN);
        awaitCondition(() -> onUi(() -> problem().filter(text -> text.startsWith("run count")).isPresent()));
    }

    @Test
    void aPolicyThatThrowsIsReportedAndPlaybackStops() throws Exception {
        controller.reset(Task.EASY, 1);
        controller.play("broken", task -> observation -> {
            throw new IllegalStateException("broken policy");
        });
        awaitCondition(() -> onUi(() -> problem().isPresent()));
        assertEquals("broken policy", onUi(this::problem).orElseThrow());
        awaitCondition(() -> !controller.playing());
    }

    private Optional<String> problem() {
        return events.stream().filter(ExplorerEvent.Problem.class::isInstance)
                .map(event -> ((ExplorerEvent.Problem) event).message()).reduce((first, second) -> second);
    }

    private List<ExplorerFrame> frames() {
        return events.stream().filter(ExplorerEvent.Shown.class::isInstance)
                .map(event -> ((ExplorerEvent.Shown) event).frame()).toList();
    }

    @Test
    void anEpisodeEndedOnATraceGetsItsHindsightOptimumAfterItsLastFrame() throws Exception {
        cloudrl.plugins.Assembly assembly = new cloudrl.plugins.Assembly(cloudrl.plugins.PluginDiscovery.builtIns());
        cloudrl.plugins.Selection nasa = cloudrl.plugins.Selection.of(null, null, "nasa-1995", List.of());
        List<ExplorerEvent> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        try (ExplorerController trace = new ExplorerController(new ExplorerSession(task -> assembly.environment(task,
                nasa, 0), new cloudrl.grader.EpisodeGrader()), Runnable::run, seen::addAll)) {
            trace.speed(PlaybackSpeed.FULL);
            trace.reset(Task.MEDIUM, 6);
            trace.play("threshold", task -> ThresholdPolicy.defaults());
            awaitCondition(() -> {
                synchronized (seen) {
                    return seen.stream().anyMatch(event -> event instanceof ExplorerEvent.HindsightFound found
                            && found.figure().isPresent());
                }
            });
            List<ExplorerEvent> all;
            synchronized (seen) {
                all = List.copyOf(seen);
            }
            ExplorerFrame last = all.stream().filter(ExplorerEvent.Shown.class::isInstance)
                    .map(event -> ((ExplorerEvent.Shown) event).frame()).reduce((first, second) -> second).orElseThrow();
            assertTrue(last.ending().ended());
            List<ExplorerEvent.HindsightFound> found = all.stream().filter(ExplorerEvent.HindsightFound.class::isInstance)
                    .map(ExplorerEvent.HindsightFound.class::cast).toList();
            // first "computing", then the figure, both for the episode's last frame
            assertEquals(2, found.size());
            assertTrue(found.get(0).figure().isEmpty());
            assertTrue(found.get(0).last() == last && found.get(1).last() == last);
            assertTrue(all.indexOf(found.get(0)) > all.indexOf(new ExplorerEvent.Shown(last)));
            double optimum = cloudrl.evaluation.hindsight.HindsightOptimum.of(assembly.environment(Task.MEDIUM, nasa, 0),
                    6);
            assertEquals(optimum, found.get(1).figure().orElseThrow().optimum(), 1e-9);
            assertEquals(last.cumulativeReward(), found.get(1).figure().orElseThrow().reached(), 1e-9);
        }
        // the reference is no trace: its ended episodes get no such event
        controller.speed(PlaybackSpeed.FULL);
        controller.reset(Task.EASY, 9);
        controller.play("threshold", task -> ThresholdPolicy.defaults());
        await(list -> !list.isEmpty() && list.get(list.size() - 1).ending().ended());
        assertTrue(onUi(() -> events.stream().noneMatch(ExplorerEvent.HindsightFound.class::isInstance)));
    }

    private List<ExplorerFrame> await(Predicate<List<ExplorerFrame>> done) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            List<ExplorerFrame> frames = onUi(this::frames);
            if (done.test(frames)) {
                return frames;
            }
            Thread.sleep(10);
        }
        return fail("frames did not arrive in time; events: " + onUi(() -> List.copyOf(events)));
    }

    private void awaitCondition(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (condition.call()) {
                return;
            }
            Thread.sleep(10);
        }
        fail("condition not met in time; events: " + onUi(() -> List.copyOf(events)));
    }

    private <T> T onUi(java.util.concurrent.Callable<T> read) throws Exception {
        return ui.submit(read).get(10, TimeUnit.SECONDS);
    }
}
